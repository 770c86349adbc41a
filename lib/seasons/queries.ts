import "server-only";
import { db } from "@/lib/db";
import type { FilmFormat, Prisma } from "@/lib/generated/prisma/client";
import type { Season, SeasonOfYear } from "./season";

/** A season chart's order of formats: series first, as the seasonal charts of MyAnimeList and AniList. */
export const CHART_FORMATS = ["TV", "ONA", "OVA", "FILM", "SPECIAL"] as const satisfies readonly FilmFormat[];

const chartWorkSelect = {
  id: true,
  slug: true,
  title: true,
  nativeTitle: true,
  format: true,
  poster: { select: { storageKey: true } },
  // The premiere, chosen as the database chose the season (migration 20261220000000_seasons).
  releases: {
    where: { region: "JP", datePrecision: { in: ["MONTH", "DAY"] }, date: { not: null } },
    orderBy: { date: "asc" },
    take: 1,
    select: { date: true, datePrecision: true },
  },
} satisfies Prisma.FilmSelect;

type ChartWorkRow = Prisma.FilmGetPayload<{ select: typeof chartWorkSelect }>;

export type ChartWork = Omit<ChartWorkRow, "releases"> & { premiere: ChartWorkRow["releases"][number] | null };

export type SeasonChart = SeasonOfYear & { groups: { format: FilmFormat; works: ChartWork[] }[] };

/**
 * The works that premiered in a season, by format in the chart's order, each by title. One
 * statement whatever the number of works (the premiere is a joined subquery), along the
 * (seasonYear, season, format, title) index.
 */
export async function getSeasonChart(year: number, season: Season): Promise<SeasonChart> {
  const rows = await db.film.findMany({
    where: { seasonYear: year, season },
    orderBy: [{ format: "asc" }, { title: "asc" }, { id: "asc" }],
    select: chartWorkSelect,
  });
  const works = rows.map(({ releases, ...work }) => ({ ...work, premiere: releases[0] ?? null }));
  const groups = CHART_FORMATS.map((format) => ({ format, works: works.filter((work) => work.format === format) }));
  return { year, season, groups: groups.filter((group) => group.works.length > 0) };
}

export type SeasonCount = SeasonOfYear & { works: number };

/** Every season that has works, newest year first and each year's seasons in order, with their counts. */
export async function getSeasonIndex(): Promise<SeasonCount[]> {
  const rows = await db.film.groupBy({
    by: ["seasonYear", "season"],
    where: { seasonYear: { not: null }, season: { not: null } },
    orderBy: [{ seasonYear: "desc" }, { season: "asc" }],
    _count: { _all: true },
  });
  return rows.flatMap(({ seasonYear, season, _count }) =>
    seasonYear !== null && season !== null ? [{ year: seasonYear, season, works: _count._all }] : [],
  );
}
