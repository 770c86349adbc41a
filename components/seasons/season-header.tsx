import type { Route } from "next";
import Link from "next/link";
import { formatPluralLabel, type FilmFormat } from "@/lib/format/labels";
import { isWithinSeasonRange, nextSeason, previousSeason, seasonLabel, type SeasonOfYear } from "@/lib/seasons/season";

/** The seasons before and after, each at the same address within it (its chart or one format). */
function SeasonNav({ season, pathOf }: { season: SeasonOfYear; pathOf: (of: SeasonOfYear) => string }) {
  const previous = previousSeason(season);
  const next = nextSeason(season);
  return (
    <nav aria-label="Seasons" className="flex flex-wrap justify-between gap-3 text-sm font-medium">
      {isWithinSeasonRange(previous) ? (
        <Link href={pathOf(previous) as Route} rel="prev">
          ← {seasonLabel(previous)}
        </Link>
      ) : null}
      <Link href="/seasons">All seasons</Link>
      {isWithinSeasonRange(next) ? (
        <Link href={pathOf(next) as Route} rel="next">
          {seasonLabel(next)} →
        </Link>
      ) : null}
    </nav>
  );
}

/** A season's formats with their number of works, each leading to all of its works. */
export function SeasonFormatLinks({
  formats,
  hrefOf,
  current,
}: {
  formats: { format: FilmFormat; total: number }[];
  hrefOf: (format: FilmFormat) => string;
  current?: FilmFormat;
}) {
  if (formats.length === 0) return null;
  return (
    <nav aria-label="Formats">
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {formats.map(({ format, total }) => (
          <li key={format}>
            <Link href={hrefOf(format) as Route} aria-current={format === current ? "page" : undefined}>
              {formatPluralLabel(format)}
            </Link>{" "}
            <span className="text-stone-700">({total.toLocaleString("en-US")})</span>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The top of a season's pages: where it sits, its name, and the way to the seasons around it. */
export function SeasonHeader({
  season,
  title,
  parent,
  summary,
  pathOf,
}: {
  season: SeasonOfYear;
  title: string;
  /** The page above this one in the trail: the season's chart for a format's page. */
  parent?: { href: string; label: string };
  summary: string;
  pathOf: (of: SeasonOfYear) => string;
}) {
  return (
    <>
      <header className="space-y-2 border-b border-stone-200 pb-4">
        <p className="text-sm text-stone-700">
          Season · <Link href="/seasons">All seasons</Link>
          {parent ? (
            <>
              {" "}
              · <Link href={parent.href as Route}>{parent.label}</Link>
            </>
          ) : null}
        </p>
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{title}</h1>
        <p className="text-stone-700">{summary}</p>
      </header>
      <SeasonNav season={season} pathOf={pathOf} />
    </>
  );
}
