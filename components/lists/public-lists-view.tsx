import type { Route } from "next";
import Link from "next/link";
import { SortNav } from "@/components/browse/sort-nav";
import { EmptyState } from "@/components/ui/section";
import { countOf } from "@/lib/format/counts";
import { RefusalMessage } from "./refusal-message";

type Summary = {
  id: number;
  title: string;
  itemCount: number;
  likeCount: number;
  owner: { username: string; displayName: string };
};

type Props = {
  sort: "popular" | "recent";
  page: number;
  pageCount: number;
  /** True when there are more public lists than the pages reach. */
  capped: boolean;
  lists: Summary[];
  signedIn: boolean;
  /** Why the last list button pressed changed nothing, from the page's address. */
  refused: string | null;
};

const ORDERS = [
  { value: "popular", label: "Most liked" },
  { value: "recent", label: "Newest" },
] as const;

const href = (sort: string, page: number) => `/lists?sort=${sort}&page=${page}` as Route;

export function PublicListsView({ sort, page, pageCount, capped, lists, signedIn, refused }: Props) {
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-2xl font-bold">Lists</h1>
        {signedIn ? <Link href="/lists/new">New list</Link> : null}
      </div>
      {refused ? <RefusalMessage>{refused}</RefusalMessage> : null}
      <SortNav options={ORDERS} current={sort} hrefFor={(order) => href(order, 1)} />
      {lists.length === 0 ? (
        <EmptyState>No public lists here yet.</EmptyState>
      ) : (
        <ul className="space-y-2">
          {lists.map((list) => (
            <li key={list.id}>
              <Link href={`/lists/${list.id}`} className="font-semibold">
                {list.title}
              </Link>{" "}
              <span className="text-stone-700">
                a list of {countOf(list.itemCount, "item")} by {list.owner.displayName} ·{" "}
                {countOf(list.likeCount, "like")}
              </span>
            </li>
          ))}
        </ul>
      )}
      <nav aria-label="Pages" className="flex gap-4">
        {page > 1 ? <Link href={href(sort, page - 1)}>Previous page</Link> : null}
        <span>
          Page {page} of {pageCount}
        </span>
        {page < pageCount ? <Link href={href(sort, page + 1)}>Next page</Link> : null}
      </nav>
      {capped && page === pageCount ? (
        <p className="text-stone-700">
          The pages stop here; find more lists on films&rsquo; pages and on people&rsquo;s profiles.
        </p>
      ) : null}
    </div>
  );
}
