import type { Route } from "next";
import Link from "next/link";
import { EmptyState, Section } from "@/components/ui/section";

/**
 * Genres, themes and associations: named tags with an empty state that invites filling in. Tags
 * with pages of their own (genres, themes) link to them.
 */
export function FilmTags({
  id,
  title,
  tags,
  empty,
  editHref,
  basePath,
}: {
  id: string;
  title: string;
  tags: { slug: string; name: string }[];
  empty: string;
  editHref: Route;
  basePath?: "/genres" | "/themes";
}) {
  return (
    <Section id={id} title={title} editHref={editHref}>
      {tags.length === 0 ? (
        <EmptyState>{empty}</EmptyState>
      ) : (
        <ul className="tags">
          {tags.map((tag) => (
            <li key={tag.slug}>
              {basePath ? <Link href={`${basePath}/${tag.slug}` as Route}>{tag.name}</Link> : tag.name}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
