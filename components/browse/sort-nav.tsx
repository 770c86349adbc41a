import type { Route } from "next";
import Link from "next/link";

/** The orders a listing offers, as links, so sorting needs no form and no JavaScript. */
export function SortNav<Sort extends string>({
  options,
  current,
  hrefFor,
}: {
  options: readonly { value: Sort; label: string }[];
  current: Sort;
  hrefFor: (sort: Sort) => Route;
}) {
  return (
    <nav aria-label="Sort order" className="flex flex-wrap items-baseline gap-x-3 gap-y-1 text-sm">
      <span className="font-medium text-stone-800">Sort by:</span>
      <ul className="flex flex-wrap gap-x-3 gap-y-1">
        {options.map((option) => (
          <li key={option.value}>
            <Link
              href={hrefFor(option.value)}
              aria-current={option.value === current ? "page" : undefined}
              className="aria-[current=page]:font-semibold aria-[current=page]:text-stone-900 aria-[current=page]:underline"
            >
              {option.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
