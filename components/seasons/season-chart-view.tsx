import type { Route } from "next";
import Link from "next/link";
import { SeasonFormatLinks, SeasonHeader } from "./season-header";
import { SeasonWorkCard } from "./season-work-card";
import { EmptyState, Section } from "@/components/ui/section";
import { formatPluralLabel } from "@/lib/format/labels";
import type { SeasonChart } from "@/lib/seasons/queries";
import { seasonFormatPath, seasonLabel, seasonPath, seasonSlug } from "@/lib/seasons/season";

/** A season's chart: the works that premiered in it, by format, the first few of each with the way to all. */
export function SeasonChartView({ chart }: { chart: SeasonChart }) {
  const label = seasonLabel(chart);
  const total = chart.groups.reduce((sum, group) => sum + group.total, 0);
  return (
    <div className="space-y-6">
      <SeasonHeader
        season={chart}
        title={label}
        summary={`${total === 1 ? "The work" : `The ${total.toLocaleString("en-US")} works`} whose first Japanese release fell in this season, in Japan time.`}
        pathOf={seasonPath}
      />
      <SeasonFormatLinks formats={chart.groups} hrefOf={(format) => seasonFormatPath(chart, format)} />
      {chart.groups.length === 0 ? (
        <EmptyState>
          No works premiered in {label} as far as Keyframe knows. A work appears here once a Japanese release dated to
          the month or the day is added to its General Information.
        </EmptyState>
      ) : (
        chart.groups.map(({ format, works, total: count }) => (
          <Section
            key={format}
            id={`${seasonSlug(chart.season)}-${format.toLowerCase()}`}
            title={formatPluralLabel(format)}
          >
            <ul className="works divide-y divide-stone-200 rounded-md border border-stone-200 bg-white">
              {works.map((work) => (
                <SeasonWorkCard key={work.id} work={work} />
              ))}
            </ul>
            {count > works.length ? (
              <p className="font-medium">
                <Link href={seasonFormatPath(chart, format) as Route}>
                  All {count.toLocaleString("en-US")} {formatPluralLabel(format)} of {label}
                </Link>
              </p>
            ) : null}
          </Section>
        ))
      )}
    </div>
  );
}
