import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SeasonChartView } from "@/components/seasons/season-chart-view";
import { getPublicSeasonChart } from "@/lib/seasons/public-page";
import { parseSeasonParams, seasonLabel, seasonPath } from "@/lib/seasons/season";

type Props = { params: Promise<{ year: string; season: string }> };

// Rendered on first request, then served from the cache until an approval changes a work that was
// or is in the season (its `season:` tag, lib/cache). No season is rendered at build time.
export async function generateStaticParams(): Promise<{ year: string; season: string }[]> {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { year, season } = await params;
  const named = parseSeasonParams(year, season);
  if (!named) return { title: "Season not found" };
  return {
    title: `${seasonLabel(named)} anime`,
    description: `The anime that premiered in Japan in ${seasonLabel(named)}, by format.`,
    alternates: { canonical: seasonPath(named) },
  };
}

export default async function SeasonRoute({ params }: Props) {
  const { year, season } = await params;
  const named = parseSeasonParams(year, season);
  if (!named) notFound();
  return <SeasonChartView chart={await getPublicSeasonChart(named.year, named.season)} />;
}
