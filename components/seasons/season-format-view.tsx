import { Pagination } from "@/components/browse/pagination";
import { EmptyState } from "@/components/ui/section";
import { pageHref } from "@/lib/browse/href";
import { formatPluralLabel } from "@/lib/format/labels";
import type { SeasonFormatPage } from "@/lib/seasons/queries";
import { seasonFormatPath, seasonLabel, seasonPath } from "@/lib/seasons/season";
import { SeasonFormatLinks, SeasonHeader } from "./season-header";
import { SeasonWorkCard } from "./season-work-card";

/** A season's works of one format, a page at a time, by title. */
export function SeasonFormatView({ chart }: { chart: SeasonFormatPage }) {
  const label = seasonLabel(chart);
  const plural = formatPluralLabel(chart.format);
  const path = seasonFormatPath(chart, chart.format);
  const total = chart.formats.find(({ format }) => format === chart.format)?.total ?? 0;
  return (
    <div className="space-y-6">
      <SeasonHeader
        season={chart}
        title={`${plural} of ${label}`}
        parent={{ href: seasonPath(chart), label }}
        summary={`${total.toLocaleString("en-US")} ${plural} whose first Japanese release fell in this season, in Japan time, by title.`}
        pathOf={(of) => seasonFormatPath(of, chart.format)}
      />
      <SeasonFormatLinks
        formats={chart.formats}
        hrefOf={(format) => seasonFormatPath(chart, format)}
        current={chart.format}
      />
      {chart.works.length === 0 ? (
        <EmptyState>
          {total === 0
            ? `No ${plural} premiered in ${label} as far as Keyframe knows.`
            : `There are only ${chart.pageCount} pages of ${plural} in ${label}.`}
        </EmptyState>
      ) : (
        <ul className="works divide-y divide-stone-200 rounded-md border border-stone-200 bg-white">
          {chart.works.map((work) => (
            <SeasonWorkCard key={work.id} work={work} />
          ))}
        </ul>
      )}
      <Pagination
        page={chart.page}
        pageCount={chart.pageCount}
        hrefFor={(number) => pageHref(path, number)}
        label={`Pages of ${plural}`}
      />
    </div>
  );
}
