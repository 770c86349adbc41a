import "server-only";
import { db } from "@/lib/db";
import type { FilmFormat, Prisma } from "@/lib/generated/prisma/client";
import { SEASONS, seasonsBack, type Season, type SeasonOfYear } from "./season";

/** A season chart's order of formats: series first, as the seasonal charts of MyAnimeList and AniList. */
export const CHART_FORMATS = ["TV", "ONA", "OVA", "FILM", "SPECIAL"] as const satisfies readonly FilmFormat[];

const chartWorkSelect = {
  id: true,
  slug: true,
  title: true,
  nativeTitle: true,
  format: true,
  poster: { select: { storageKey: true } },
  broadcastStart: true,
  broadcastIntervalDays: true,
  broadcastEnd: true,
  // The studios that animated it, as charts credit them.
  companies: {
    where: { role: "ANIMATION_PRODUCTION" },
    orderBy: { position: "asc" },
    select: { studio: { select: { slug: true, name: true } } },
  },
  streams: { orderBy: { position: "asc" }, select: { site: true, externalId: true, regions: true } },
  // The premiere, chosen as the database chose the season (migration 20261220000000_seasons).
  releases: {
    where: { region: "JP", datePrecision: { in: ["MONTH", "DAY"] }, date: { not: null } },
    orderBy: { date: "asc" },
    take: 1,
    select: { date: true, datePrecision: true },
  },
} satisfies Prisma.FilmSelect;

type ChartWorkRow = Prisma.FilmGetPayload<{ select: typeof chartWorkSelect }>;

export type ChartWork = Omit<ChartWorkRow, "releases" | "companies"> & {
  premiere: ChartWorkRow["releases"][number] | null;
  studios: { slug: string; name: string }[];
};

export type SeasonChart = SeasonOfYear & { groups: { format: FilmFormat; works: ChartWork[] }[] };

function toChartWork({ releases, companies, ...work }: ChartWorkRow): ChartWork {
  // Each studio once, though it may be credited for several segments or episodes.
  const studios = [...new Map(companies.map(({ studio }) => [studio.slug, studio])).values()];
  return { ...work, premiere: releases[0] ?? null, studios };
}

/**
 * The works that premiered in a season, by format in the chart's order, each by title, with their
 * studios, streams and broadcast slot. One statement whatever the number of works: the works along
 * the (seasonYear, season, format, title) index, each relation (premiere, poster, companies and
 * their studios, streams) a joined subquery along its (filmId, …) index.
 */
export async function getSeasonChart(year: number, season: Season): Promise<SeasonChart> {
  const rows = await db.film.findMany({
    where: { seasonYear: year, season },
    orderBy: [{ format: "asc" }, { title: "asc" }, { id: "asc" }],
    select: chartWorkSelect,
  });
  const works = rows.map(toChartWork);
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

/** How far back the home page looks for a season with works when the current one has none: ten years. */
export const SHOWCASE_LOOKBACK_SEASONS = 40;

export type SeasonShowcase = SeasonOfYear & { works: ChartWork[]; total: number };

/**
 * The home page's season: `current` when it has works, else the most recent season before it that
 * has some, within the lookback; its first few works in chart order, and how many it has. Null
 * when no season in the lookback has works. The season is found along the
 * (seasonYear, season, format, title) index.
 */
export async function getSeasonShowcase(current: SeasonOfYear, take = 6): Promise<SeasonShowcase | null> {
  const oldest = seasonsBack(current, SHOWCASE_LOOKBACK_SEASONS).at(-1)!;
  const found = await db.film.findFirst({
    where: {
      AND: [
        { seasonYear: { gte: oldest.year, lte: current.year } },
        {
          OR: [
            { seasonYear: { lt: current.year } },
            { season: { in: SEASONS.slice(0, SEASONS.indexOf(current.season) + 1) } },
          ],
        },
        {
          OR: [{ seasonYear: { gt: oldest.year } }, { season: { in: SEASONS.slice(SEASONS.indexOf(oldest.season)) } }],
        },
      ],
    },
    orderBy: [{ seasonYear: "desc" }, { season: "desc" }],
    select: { seasonYear: true, season: true },
  });
  if (found?.seasonYear == null || found.season == null) return null;
  const where = { seasonYear: found.seasonYear, season: found.season };
  // A query per format, in the chart's order, each a short range of the index.
  const [total, ...byFormat] = await Promise.all([
    db.film.count({ where }),
    ...CHART_FORMATS.map((format) =>
      db.film.findMany({
        where: { ...where, format },
        orderBy: [{ title: "asc" }, { id: "asc" }],
        take,
        select: chartWorkSelect,
      }),
    ),
  ]);
  const ordered = byFormat.flat().map(toChartWork);
  return { year: found.seasonYear, season: found.season, works: ordered.slice(0, take), total };
}
