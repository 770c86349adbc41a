import Link from "next/link";
import { EmptyState, Section } from "@/components/ui/section";
import { countOf } from "@/lib/format/counts";
import type { SeasonShowcase as Showcase } from "@/lib/seasons/queries";
import { seasonLabel, seasonPath, type SeasonOfYear } from "@/lib/seasons/season";
import { SeasonWorkCard } from "./season-work-card";

/**
 * The home page's season: the current one, or the latest with works when the current has none
 * yet, with a few of its works and the way to its whole chart.
 */
export function SeasonShowcase({ showcase, current }: { showcase: Showcase | null; current: SeasonOfYear }) {
  const isCurrent = showcase?.year === current.year && showcase.season === current.season;
  const shown = showcase ?? current;
  return (
    <Section
      id="season-showcase"
      title={isCurrent || !showcase ? `This season: ${seasonLabel(current)}` : `Latest season: ${seasonLabel(shown)}`}
    >
      {!showcase ? (
        <EmptyState>
          No works of {seasonLabel(current)} are known yet. <Link href={seasonPath(current)}>See its chart</Link> or{" "}
          <Link href="/seasons">all seasons</Link>.
        </EmptyState>
      ) : (
        <>
          {isCurrent ? null : (
            <p className="text-sm text-stone-700">No works of {seasonLabel(current)} are known yet.</p>
          )}
          <ul className="works grid gap-px overflow-hidden rounded-md border border-stone-200 bg-stone-200 md:grid-cols-2">
            {showcase.works.map((work) => (
              <SeasonWorkCard key={work.id} work={work} />
            ))}
          </ul>
          <p className="font-medium">
            <Link href={seasonPath(showcase)}>
              The whole chart of {seasonLabel(showcase)} ({countOf(showcase.total, "work")})
            </Link>
          </p>
        </>
      )}
    </Section>
  );
}
