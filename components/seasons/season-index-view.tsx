import Link from "next/link";
import { EmptyState } from "@/components/ui/section";
import { countOf } from "@/lib/format/counts";
import type { SeasonCount } from "@/lib/seasons/queries";
import { seasonLabel, seasonPath, type SeasonOfYear } from "@/lib/seasons/season";

function byYear(seasons: SeasonCount[]): [number, SeasonCount[]][] {
  const years = new Map<number, SeasonCount[]>();
  for (const entry of seasons) years.set(entry.year, [...(years.get(entry.year) ?? []), entry]);
  return [...years];
}

/** Every season that has works, newest year first, and a way to the season airing now. */
export function SeasonIndexView({ seasons, current }: { seasons: SeasonCount[]; current: SeasonOfYear }) {
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">Seasons</h1>
      <p>
        A work&rsquo;s season is that of its first Japanese release, in Japan time: winter is January to March, spring
        April to June, summer July to September, fall October to December. This season:{" "}
        <Link href={seasonPath(current)} className="font-medium">
          {seasonLabel(current)}
        </Link>
        .
      </p>
      {seasons.length === 0 ? (
        <EmptyState>
          No work has a season yet: one appears once a work has a Japanese release dated to the month.
        </EmptyState>
      ) : (
        <ul aria-label="Seasons by year" className="space-y-3">
          {byYear(seasons).map(([year, entries]) => (
            <li key={year}>
              <h2 className="text-lg font-semibold">{year}</h2>
              <ul className="flex flex-wrap gap-x-6 gap-y-1">
                {entries.map((entry) => (
                  <li key={entry.season}>
                    <Link href={seasonPath(entry)} className="font-medium">
                      {seasonLabel(entry)}
                    </Link>{" "}
                    <span className="text-sm text-stone-700">({countOf(entry.works, "work")})</span>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
