import type { Route } from "next";
import Link from "next/link";
import { EmptyState } from "@/components/ui/section";
import type { TagSummary } from "@/lib/browse/tag-queries";
import { countOf } from "@/lib/format/counts";

/** Genres, themes or franchises by name, each with its number of films. */
export function TagIndexList({
  tags,
  basePath,
  label,
  empty,
}: {
  tags: TagSummary[];
  basePath: "/genres" | "/themes" | "/franchises";
  label: string;
  empty: string;
}) {
  if (tags.length === 0) return <EmptyState>{empty}</EmptyState>;
  return (
    <ul aria-label={label} className="grid gap-x-6 gap-y-2 sm:grid-cols-2 lg:grid-cols-3">
      {tags.map((tag) => (
        <li key={tag.slug}>
          <Link href={`${basePath}/${tag.slug}` as Route} className="font-medium">
            {tag.name}
          </Link>{" "}
          <span className="text-sm text-stone-700">({countOf(tag.filmCount, "film")})</span>
        </li>
      ))}
    </ul>
  );
}
