import { EmptyState, Section } from "@/components/ui/section";

type TopList = {
  id: number;
  title: string;
  itemCount: number;
  owner: { username: string; displayName: string };
};

export function FilmTopLists({ lists }: { lists: TopList[] }) {
  return (
    <Section id="top-lists" title="Top Rated Lists">
      {lists.length === 0 ? (
        <EmptyState>No public list includes this film yet.</EmptyState>
      ) : (
        <ul className="space-y-2 text-sm">
          {lists.map((list) => (
            <li key={list.id}>
              <span className="font-semibold">{list.title}</span>{" "}
              <span className="text-stone-700">
                a list of {list.itemCount} {list.itemCount === 1 ? "item" : "items"} by {list.owner.displayName}
              </span>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
