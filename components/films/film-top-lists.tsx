import Link from "next/link";
import { EmptyState, Section } from "@/components/ui/section";
import { FilmAddToList } from "./film-viewer";
import { countOf } from "@/lib/format/counts";

type TopList = {
  id: number;
  title: string;
  itemCount: number;
  owner: { username: string; displayName: string };
};

export function FilmTopLists({ lists, noun }: { lists: TopList[]; noun: string }) {
  return (
    <Section id="top-lists" title="Top Rated Lists">
      {lists.length === 0 ? (
        <EmptyState>No public list includes this {noun} yet.</EmptyState>
      ) : (
        <ul className="space-y-2 text-sm">
          {lists.map((list) => (
            <li key={list.id}>
              <Link href={`/lists/${list.id}`} className="font-semibold">
                {list.title}
              </Link>{" "}
              <span className="muted">
                a list of {countOf(list.itemCount, "item")} by {list.owner.displayName}
              </span>
            </li>
          ))}
        </ul>
      )}
      <FilmAddToList />
    </Section>
  );
}
