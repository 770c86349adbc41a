import type { Route } from "next";
import Link from "next/link";
import type { FilterName } from "@/lib/browse/film-filters";

/** The filters in force, each with a link that removes it and keeps the others. */
export function ActiveFilters({
  filters,
  removeHref,
  clearHref,
}: {
  filters: { name: FilterName; label: string }[];
  removeHref: (name: FilterName) => Route;
  clearHref: Route;
}) {
  if (filters.length === 0) return null;
  return (
    <section aria-labelledby="active-filters-heading" className="flex flex-wrap items-center gap-2 text-sm">
      <h2 id="active-filters-heading" className="font-medium">
        Filtered by:
      </h2>
      <ul className="flex flex-wrap gap-2">
        {filters.map((filter) => (
          <li key={filter.name} className="flex items-center gap-1 rounded-full bg-stone-200 py-1 pr-1 pl-3">
            {filter.label}
            <Link
              href={removeHref(filter.name)}
              className="rounded-full px-1.5 text-stone-800 hover:bg-stone-300 hover:no-underline"
            >
              <span aria-hidden="true">×</span>
              <span className="sr-only">Remove filter {filter.label}</span>
            </Link>
          </li>
        ))}
      </ul>
      {filters.length > 1 ? <Link href={clearHref}>Clear all</Link> : null}
    </section>
  );
}
