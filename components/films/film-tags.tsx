import type { Route } from "next";
import { EmptyState, Section } from "@/components/ui/section";

/** Genres, themes and associations: named tags with an empty state that invites filling in. */
export function FilmTags({
  id,
  title,
  tags,
  empty,
  editHref,
}: {
  id: string;
  title: string;
  tags: { slug: string; name: string }[];
  empty: string;
  editHref: Route;
}) {
  return (
    <Section id={id} title={title} editHref={editHref}>
      {tags.length === 0 ? (
        <EmptyState>{empty}</EmptyState>
      ) : (
        <ul className="flex flex-wrap gap-2">
          {tags.map((tag) => (
            <li key={tag.slug} className="rounded-full bg-stone-200 px-3 py-1 text-sm">
              {tag.name}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
