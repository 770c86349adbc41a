import type { Route } from "next";
import Link from "next/link";
import { letterLabel } from "@/lib/browse/film-filters";
import { LETTERS, type Letter } from "@/lib/browse/schema";

const linkClass =
  "inline-block min-w-8 rounded px-1.5 py-0.5 text-center aria-[current=page]:bg-accent-700 aria-[current=page]:text-white";

/** A–Z links that keep the other filters; "All" drops the letter. */
export function LetterNav({
  current,
  hrefFor,
}: {
  current: Letter | undefined;
  hrefFor: (letter: Letter | undefined) => Route;
}) {
  return (
    <nav aria-label="First letter">
      <ul className="flex flex-wrap gap-1 text-sm font-medium">
        <li>
          <Link href={hrefFor(undefined)} aria-current={current ? undefined : "page"} className={linkClass}>
            All
          </Link>
        </li>
        {LETTERS.map((letter) => (
          <li key={letter}>
            <Link
              href={hrefFor(letter)}
              aria-current={letter === current ? "page" : undefined}
              aria-label={letter === "#" ? letterLabel(letter) : undefined}
              className={linkClass}
            >
              {letter}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
