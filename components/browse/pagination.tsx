import type { Route } from "next";
import Link from "next/link";
import { pageWindow } from "@/lib/browse/pagination";

const itemClass = "inline-block min-w-9 rounded-md border px-2 py-1 text-center";

/**
 * Numbered pages with Previous and Next, also announced to crawlers as rel=prev/next (React moves
 * the <link> elements into the head). A page past the end leads back to the last one.
 */
export function Pagination({
  page,
  pageCount,
  hrefFor,
  label,
}: {
  page: number;
  pageCount: number;
  hrefFor: (page: number) => Route;
  /** Names the landmark: "Pages of films". */
  label: string;
}) {
  if (pageCount <= 1 && page <= 1) return null;
  const current = Math.min(page, pageCount);
  const previous = page > pageCount ? pageCount : page > 1 ? page - 1 : null;
  const next = page < pageCount ? page + 1 : null;
  return (
    <>
      {previous ? <link rel="prev" href={hrefFor(previous)} /> : null}
      {next ? <link rel="next" href={hrefFor(next)} /> : null}
      <nav aria-label={label}>
        <ul className="flex flex-wrap items-center gap-1.5">
          <li>
            {previous ? (
              <Link rel="prev" href={hrefFor(previous)} className={`${itemClass} border-stone-300 bg-white`}>
                Previous
              </Link>
            ) : (
              <span aria-disabled="true" className={`${itemClass} border-stone-200 text-stone-600`}>
                Previous
              </span>
            )}
          </li>
          {pageWindow(current, pageCount).map((number, index) =>
            number === null ? (
              <li key={`gap-${index}`} aria-hidden="true" className="px-1 text-stone-600">
                …
              </li>
            ) : (
              <li key={number}>
                <Link
                  href={hrefFor(number)}
                  aria-label={`Page ${number}`}
                  aria-current={number === page ? "page" : undefined}
                  className={`${itemClass} aria-[current=page]:bg-accent-700 border-stone-300 bg-white aria-[current=page]:border-transparent aria-[current=page]:text-white`}
                >
                  {number}
                </Link>
              </li>
            ),
          )}
          <li>
            {next ? (
              <Link rel="next" href={hrefFor(next)} className={`${itemClass} border-stone-300 bg-white`}>
                Next
              </Link>
            ) : (
              <span aria-disabled="true" className={`${itemClass} border-stone-200 text-stone-600`}>
                Next
              </span>
            )}
          </li>
        </ul>
      </nav>
    </>
  );
}
