import { beforeAll, describe, expect, it } from "vitest";
import { getFilmJson, getSeasonJson } from "@/lib/api/entries";
import { tagsShowingSection } from "@/lib/cache/affected";
import type { FilmFormat } from "@/lib/generated/prisma/enums";
import {
  CHART_PREVIEW,
  FORMAT_PAGE_SIZE,
  getSeasonChart,
  getSeasonFormatPage,
  getSeasonIndex,
} from "@/lib/seasons/queries";
import type { Season } from "@/lib/seasons/season";
import { getSitemapChunk } from "@/lib/sitemap/queries";
import { approveSubmission } from "@/lib/submissions/mutations/review-submission";
import { sectionOf } from "@/lib/submissions/sections";
import { withTestDatabase } from "../support/test-database";
import { seededActors, submitSection } from "./submissions/film-edit";

const database = withTestDatabase();
let actors: Awaited<ReturnType<typeof seededActors>>;

beforeAll(async () => {
  actors = await seededActors(database.prisma);
});

async function newWork(slug: string, format: FilmFormat = "TV") {
  return database.prisma.film.create({ data: { slug, title: slug, format }, select: { id: true } });
}

const seasonOf = async (id: number) =>
  database.prisma.film.findUniqueOrThrow({ where: { id }, select: { seasonYear: true, season: true } });

const chartSlugs = async (year: number, season: Season) =>
  (await getSeasonChart(year, season)).groups.flatMap(({ works }) => works.map((work) => work.slug));

/** Approves a General edit setting the work's releases, the way an editor and a moderator would. */
async function approveReleases(filmId: number, releases: { region: string; title: string; date: string }[]) {
  const current = await database.prisma.$transaction((tx) => sectionOf("general").read(tx, filmId));
  const submission = await submitSection(actors.editor, filmId, "general", { ...current, releases });
  await approveSubmission(actors.moderator, submission.id);
}

describe("a work's season", () => {
  it("is that of the seeded works' first Japanese release dated to the day, and none for a year alone", async () => {
    const seeded = await database.prisma.film.findMany({
      where: { slug: { in: ["memories", "akira", "roujin-z"] } },
      orderBy: { slug: "asc" },
      select: { slug: true, seasonYear: true, season: true },
    });
    expect(seeded).toEqual([
      { slug: "akira", seasonYear: 1988, season: "SUMMER" },
      { slug: "memories", seasonYear: 1995, season: "FALL" },
      { slug: "roujin-z", seasonYear: null, season: null },
    ]);
  });

  it("moves between seasons as approved General edits change its Japanese release", async () => {
    const work = await newWork("season-mover");
    const slug = "season-mover";
    expect(await tagsShowingSection("FILM", work.id, "general")).not.toContainEqual(expect.stringMatching(/^season:/));

    await approveReleases(work.id, [{ region: "JP", title: "季節", date: "1998-03-31" }]);
    expect(await seasonOf(work.id)).toEqual({ seasonYear: 1998, season: "WINTER" });
    expect(await chartSlugs(1998, "WINTER")).toContain(slug);
    expect(await tagsShowingSection("FILM", work.id, "general")).toContain("season:1998-winter");

    await approveReleases(work.id, [{ region: "JP", title: "季節", date: "1998-04-01" }]);
    expect(await seasonOf(work.id)).toEqual({ seasonYear: 1998, season: "SPRING" });
    expect(await chartSlugs(1998, "WINTER")).not.toContain(slug);
    expect(await chartSlugs(1998, "SPRING")).toContain(slug);
    expect(await tagsShowingSection("FILM", work.id, "general")).toContain("season:1998-spring");

    // The last day of the year is fall; the next day is winter of the next year.
    await approveReleases(work.id, [{ region: "JP", title: "季節", date: "1998-12-31" }]);
    expect(await seasonOf(work.id)).toEqual({ seasonYear: 1998, season: "FALL" });
    await approveReleases(work.id, [{ region: "JP", title: "季節", date: "1999-01-01" }]);
    expect(await seasonOf(work.id)).toEqual({ seasonYear: 1999, season: "WINTER" });
    expect((await getFilmJson(slug))?.season).toEqual({ year: 1999, season: "winter" });
  });

  it("counts only Japanese releases dated at least to the month, the earliest of them", async () => {
    const work = await newWork("season-rules", "FILM");
    await approveReleases(work.id, [
      { region: "US", title: "Rules", date: "1997-02-01" },
      { region: "JP", title: "規則", date: "1997" },
      { region: "JP", title: "規則 特別版", date: "1998-08-20" },
      { region: "JP", title: "規則", date: "1998-07" },
    ]);
    expect(await seasonOf(work.id)).toEqual({ seasonYear: 1998, season: "SUMMER" });

    await approveReleases(work.id, [
      { region: "US", title: "Rules", date: "1997-02-01" },
      { region: "JP", title: "規則", date: "1997" },
    ]);
    expect(await seasonOf(work.id)).toEqual({ seasonYear: null, season: null });
    expect((await getFilmJson("season-rules"))?.season).toBeNull();
  });

  it("is kept by the database whatever writes the releases", async () => {
    const work = await newWork("season-direct");
    await database.prisma.release.create({
      data: { filmId: work.id, region: "JP", title: "直接", date: new Date("2001-10-03T00:00:00Z"), position: 1 },
    });
    expect(await seasonOf(work.id)).toEqual({ seasonYear: 2001, season: "FALL" });
    await database.prisma.release.updateMany({ where: { filmId: work.id }, data: { region: "FR" } });
    expect(await seasonOf(work.id)).toEqual({ seasonYear: null, season: null });
    await database.prisma.release.updateMany({ where: { filmId: work.id }, data: { region: "JP" } });
    await database.prisma.release.deleteMany({ where: { filmId: work.id } });
    expect(await seasonOf(work.id)).toEqual({ seasonYear: null, season: null });
  });
});

describe("a season's chart", () => {
  it("groups the season's works by format, series first, each by title, with its premiere", async () => {
    for (const [slug, format, date] of [
      ["zz-chart-film", "FILM", "1962-05-03"],
      ["zz-chart-tv-b", "TV", "1962-06-30"],
      ["zz-chart-tv-a", "TV", "1962-04-07"],
      ["zz-chart-ova", "OVA", "1962-05"],
      ["zz-chart-special", "SPECIAL", "1962-04-01"],
      ["zz-chart-elsewhere", "TV", "1962-07-01"],
    ] as const) {
      const work = await newWork(slug, format);
      await database.prisma.release.create({
        data: {
          filmId: work.id,
          region: "JP",
          title: slug,
          date: new Date(`${date.length === 7 ? `${date}-01` : date}T00:00:00Z`),
          datePrecision: date.length === 7 ? "MONTH" : "DAY",
          position: 1,
        },
      });
    }
    const chart = await getSeasonChart(1962, "SPRING");
    expect(chart.groups.map(({ format, works }) => [format, works.map((work) => work.slug)])).toEqual([
      ["TV", ["zz-chart-tv-a", "zz-chart-tv-b"]],
      ["OVA", ["zz-chart-ova"]],
      ["FILM", ["zz-chart-film"]],
      ["SPECIAL", ["zz-chart-special"]],
    ]);
    expect(chart.groups[1]?.works[0]?.premiere).toEqual({
      date: new Date("1962-05-01T00:00:00Z"),
      datePrecision: "MONTH",
    });

    const json = await getSeasonJson("1962", "spring");
    expect(json).toMatchObject({
      year: 1962,
      season: "spring",
      previous: { year: 1962, season: "winter" },
      next: { year: 1962, season: "summer" },
    });
    expect(json?.works.map((work) => [work.slug, work.format, work.premiere])).toContainEqual([
      "zz-chart-ova",
      "ova",
      { date: "1962-05", datePrecision: "month" },
    ]);
  });

  it("is empty, not missing, for a season without works; an address naming no season has none", async () => {
    expect((await getSeasonChart(1931, "WINTER")).groups).toEqual([]);
    expect(await getSeasonJson("1931", "winter")).toMatchObject({ works: [] });
    expect(await getSeasonJson("1931", "autumn")).toBeNull();
    expect(await getSeasonJson("1899", "fall")).toBeNull();
  });

  it("shows each format's first works and their number; the format's own pages list every one, by title", async () => {
    const many = FORMAT_PAGE_SIZE + 3;
    const slugs = Array.from({ length: many }, (_, index) => `zz-paged-${String(index).padStart(3, "0")}`);
    await database.prisma.film.createMany({ data: slugs.map((slug) => ({ slug, title: slug, format: "ONA" })) });
    const works = await database.prisma.film.findMany({ where: { slug: { in: slugs } }, select: { id: true } });
    await database.prisma.release.createMany({
      data: works.map(({ id }) => ({
        filmId: id,
        region: "JP",
        title: "配信",
        date: new Date("1963-08-10T00:00:00Z"),
        position: 1,
      })),
    });
    await newWork("zz-paged-film", "FILM");
    await approveReleases(
      (await database.prisma.film.findUniqueOrThrow({ where: { slug: "zz-paged-film" } })).id,
      [{ region: "JP", title: "映画", date: "1963-09-01" }],
    );

    const chart = await getSeasonChart(1963, "SUMMER");
    expect(chart.groups.map(({ format, total, works }) => [format, total, works.length])).toEqual([
      ["ONA", many, CHART_PREVIEW],
      ["FILM", 1, 1],
    ]);
    expect(chart.groups[0]!.works.map((work) => work.slug)).toEqual(slugs.slice(0, CHART_PREVIEW));

    const first = await getSeasonFormatPage(1963, "SUMMER", "ONA", 1);
    expect(first).toMatchObject({ format: "ONA", page: 1, pageCount: 2 });
    expect(first.formats).toEqual([
      { format: "ONA", total: many },
      { format: "FILM", total: 1 },
    ]);
    expect(first.works.map((work) => work.slug)).toEqual(slugs.slice(0, FORMAT_PAGE_SIZE));
    const second = await getSeasonFormatPage(1963, "SUMMER", "ONA", 2);
    expect(second.works.map((work) => work.slug)).toEqual(slugs.slice(FORMAT_PAGE_SIZE));
    expect((await getSeasonFormatPage(1963, "SUMMER", "ONA", 3)).works).toEqual([]);
    expect(await getSeasonFormatPage(1963, "SUMMER", "TV", 1)).toMatchObject({ works: [], pageCount: 1 });

    // The API's season has every work, not the chart's first few.
    expect((await getSeasonJson("1963", "summer"))?.works).toHaveLength(many + 1);
  });
});

describe("the index of seasons", () => {
  it("lists the seasons that have works with their counts, newest year first, in the sitemap too", async () => {
    const seasons = await getSeasonIndex();
    expect(seasons).toContainEqual({ year: 1995, season: "FALL", works: 2 });
    expect(seasons).toContainEqual({ year: 1988, season: "SUMMER", works: 1 });
    const years = seasons.map((entry) => entry.year);
    expect(years).toEqual(years.toSorted((a, b) => b - a));
    expect(seasons.every((entry) => entry.works > 0)).toBe(true);

    const pages = (await getSitemapChunk("pages", 0)).map((page) => page.path);
    expect(pages).toEqual(expect.arrayContaining(["/seasons/1995/fall", "/seasons/1988/summer"]));
  });

  it("finds a season's works through the season index", async () => {
    // The seeded table is small enough for a scan to win; on a real catalogue the planner prefers the index.
    const plan = await database.prisma.$transaction(async (tx) => {
      await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
      return tx.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(
        `EXPLAIN SELECT id, slug, title FROM "Film" WHERE "seasonYear" = 1995 AND season = 'FALL' ORDER BY format, title`,
      );
    });
    expect(plan.map((row) => row["QUERY PLAN"]).join("\n")).toContain("Film_seasonYear_season_format_title_idx");
  });
});
