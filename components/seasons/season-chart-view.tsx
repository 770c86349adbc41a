import Link from "next/link";
import { SeasonWorkCard } from "./season-work-card";
import { EmptyState, Section } from "@/components/ui/section";
import { formatLabel } from "@/lib/format/labels";
import type { SeasonChart } from "@/lib/seasons/queries";
import {
  isWithinSeasonRange,
  nextSeason,
  previousSeason,
  seasonLabel,
  seasonPath,
  seasonSlug,
} from "@/lib/seasons/season";

/** The seasons before and after, so a reader can walk the charts. */
function SeasonNav({ chart }: { chart: SeasonChart }) {
  const previous = previousSeason(chart);
  const next = nextSeason(chart);
  return (
    <nav aria-label="Seasons" className="flex flex-wrap justify-between gap-3 text-sm font-medium">
      {isWithinSeasonRange(previous) ? (
        <Link href={seasonPath(previous)} rel="prev">
          ← {seasonLabel(previous)}
        </Link>
      ) : null}
      <Link href="/seasons">All seasons</Link>
      {isWithinSeasonRange(next) ? (
        <Link href={seasonPath(next)} rel="next">
          {seasonLabel(next)} →
        </Link>
      ) : null}
    </nav>
  );
}

/** A season's chart: the works that premiered in it, by format. */
export function SeasonChartView({ chart }: { chart: SeasonChart }) {
  const label = seasonLabel(chart);
  return (
    <div className="space-y-6">
      <header className="space-y-2 border-b border-stone-200 pb-4">
        <p className="text-sm text-stone-700">
          Season · <Link href="/seasons">All seasons</Link>
        </p>
        <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{label}</h1>
        <p className="text-stone-700">Works whose first Japanese release fell in this season, in Japan time.</p>
      </header>
      <SeasonNav chart={chart} />
      {chart.groups.length === 0 ? (
        <EmptyState>
          No works premiered in {label} as far as Keyframe knows. A work appears here once a Japanese release dated to
          the month or the day is added to its General Information.
        </EmptyState>
      ) : (
        chart.groups.map(({ format, works }) => (
          <Section key={format} id={`${seasonSlug(chart.season)}-${format.toLowerCase()}`} title={formatLabel(format)}>
            <ul className="works divide-y divide-stone-200 rounded-md border border-stone-200 bg-white">
              {works.map((work) => (
                <SeasonWorkCard key={work.id} work={work} />
              ))}
            </ul>
          </Section>
        ))
      )}
    </div>
  );
}
