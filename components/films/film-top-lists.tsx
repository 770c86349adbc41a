import Link from "next/link";
import { AddToListForm } from "@/components/lists/add-to-list-form";
import { EmptyState, Section } from "@/components/ui/section";
import { addFilmToListAction } from "@/lib/lists/actions";

type TopList = {
  id: number;
  title: string;
  itemCount: number;
  owner: { username: string; displayName: string };
};

/** The signed-in viewer's own lists, for adding this film; null when signed out. */
export type OwnLists = { filmId: number; lists: { id: number; title: string; hasFilm: boolean }[] } | null;

export function FilmTopLists({ lists, ownLists }: { lists: TopList[]; ownLists: OwnLists }) {
  return (
    <Section id="top-lists" title="Top Rated Lists">
      {lists.length === 0 ? (
        <EmptyState>No public list includes this film yet.</EmptyState>
      ) : (
        <ul className="space-y-2 text-sm">
          {lists.map((list) => (
            <li key={list.id}>
              <Link href={`/lists/${list.id}`} className="font-semibold">
                {list.title}
              </Link>{" "}
              <span className="text-stone-700">
                a list of {list.itemCount} {list.itemCount === 1 ? "item" : "items"} by {list.owner.displayName}
              </span>
            </li>
          ))}
        </ul>
      )}
      {ownLists && ownLists.lists.length > 0 ? (
        <AddToListForm action={addFilmToListAction.bind(null, ownLists.filmId)} lists={ownLists.lists} />
      ) : null}
      {ownLists && ownLists.lists.length === 0 ? (
        <p className="text-sm">
          <Link href="/lists/new">Start a list</Link> to add this film to it.
        </p>
      ) : null}
    </Section>
  );
}
