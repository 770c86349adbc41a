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

/** A format's works on a season's chart: the first few, and how many there are in all. */
export type ChartGroup = { format: FilmFormat; works: ChartWork[]; total: number };

export type SeasonChart = SeasonOfYear & { groups: ChartGroup[] };

function toChartWork({ releases, companies, ...work }: ChartWorkRow): ChartWork {
  // Each studio once, though it may be credited for several segments or episodes.
  const studios = [...new Map(companies.map(({ studio }) => [studio.slug, studio])).values()];
  return { ...work, premiere: releases[0] ?? null, studios };
}

/**
 * How many works of each format a season's chart shows; the format's own page has them all. A
 * recent season holds 350 works or more (the real catalogue's and the synthetic set's), a page of
 * which is too much to render, to send and to read.
 */
export const CHART_PREVIEW = 8;

/** How many works a page of a season's format lists. */
export const FORMAT_PAGE_SIZE = 50;

const chartOrder = [{ title: "asc" }, { id: "asc" }] satisfies Prisma.FilmOrderByWithRelationInput[];

/**
 * The works of one format in a season, by title, with their studios, streams and broadcast slot:
 * one statement along the (seasonYear, season, format, title) index, each relation (premiere,
 * poster, companies and their studios, streams) a joined subquery along its (filmId, …) index.
 */
function seasonFormatWorks(of: SeasonOfYear, format: FilmFormat, page: { skip?: number; take?: number } = {}) {
  return db.film
    .findMany({
      where: { seasonYear: of.year, season: of.season, format },
      orderBy: chartOrder,
      ...page,
      select: chartWorkSelect,
    })
    .then((rows) => rows.map(toChartWork));
}

/** How many works of each format premiered in a season, along the same index. */
async function seasonFormatCounts({ year, season }: SeasonOfYear): Promise<Map<FilmFormat, number>> {
  const rows = await db.film.groupBy({ by: ["format"], where: { seasonYear: year, season }, _count: { _all: true } });
  return new Map(rows.map(({ format, _count }) => [format, _count._all]));
}

/**
 * A season's chart: for each format that has works, in the chart's order, the first
 * `CHART_PREVIEW` of them and their number. Two statements whatever the number of works: the
 * works' ranks and counts within their format along the (seasonYear, season, format, title) index,
 * then the chosen works with their relations.
 */
export async function getSeasonChart(year: number, season: Season): Promise<SeasonChart> {
  const ranked = await db.$queryRaw<{ id: number; format: FilmFormat; total: number }[]>`
    SELECT id, format, total::int FROM (
      SELECT id, format,
        row_number() OVER (PARTITION BY format ORDER BY title, id) AS rank,
        count(*) OVER (PARTITION BY format) AS total
      FROM "Film" WHERE "seasonYear" = ${year} AND season = ${season}::"Season"
    ) AS season_works
    WHERE rank <= ${CHART_PREVIEW}`;
  const works = await db.film.findMany({
    where: { id: { in: ranked.map((work) => work.id) } },
    orderBy: chartOrder,
    select: chartWorkSelect,
  });
  const totals = new Map(ranked.map((work) => [work.format, work.total]));
  const groups = CHART_FORMATS.map((format) => ({
    format,
    works: works.filter((work) => work.format === format).map(toChartWork),
    total: totals.get(format) ?? 0,
  }));
  return { year, season, groups: groups.filter((group) => group.total > 0) };
}

export type SeasonFormatPage = SeasonOfYear & {
  format: FilmFormat;
  works: ChartWork[];
  page: number;
  pageCount: number;
  /** Every format's number of works in the season, in the chart's order, for the links between them. */
  formats: { format: FilmFormat; total: number }[];
};

/** A page of a season's works of one format, by title, and the season's count per format. */
export async function getSeasonFormatPage(
  year: number,
  season: Season,
  format: FilmFormat,
  page: number,
): Promise<SeasonFormatPage> {
  const of = { year, season };
  const [counts, works] = await Promise.all([
    seasonFormatCounts(of),
    seasonFormatWorks(of, format, { skip: (page - 1) * FORMAT_PAGE_SIZE, take: FORMAT_PAGE_SIZE }),
  ]);
  const formats = CHART_FORMATS.flatMap((each) =>
    counts.has(each) ? [{ format: each, total: counts.get(each)! }] : [],
  );
  const total = counts.get(format) ?? 0;
  return { year, season, format, works, page, pageCount: Math.max(1, Math.ceil(total / FORMAT_PAGE_SIZE)), formats };
}

export type SeasonWorks = SeasonOfYear & { works: ChartWork[] };

/** Every work that premiered in a season, in the chart's order: the JSON API's season. */
export async function getSeasonWorks(year: number, season: Season): Promise<SeasonWorks> {
  const rows = await db.film.findMany({
    where: { seasonYear: year, season },
    orderBy: [{ format: "asc" }, ...chartOrder],
    select: chartWorkSelect,
  });
  const works = rows.map(toChartWork);
  const order = (work: ChartWork) => (CHART_FORMATS as readonly FilmFormat[]).indexOf(work.format);
  return { year, season, works: works.sort((a, b) => order(a) - order(b)) };
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
  // A query per format, in the chart's order, each a short range of the index.
  const shown = { year: found.seasonYear, season: found.season };
  const [total, ...byFormat] = await Promise.all([
    db.film.count({ where: { seasonYear: shown.year, season: shown.season } }),
    ...CHART_FORMATS.map((format) => seasonFormatWorks(shown, format, { take })),
  ]);
  return { ...shown, works: byFormat.flat().slice(0, take), total };
}
