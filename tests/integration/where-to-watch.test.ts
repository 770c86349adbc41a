import { beforeAll, describe, expect, it } from "vitest";
import { getFilmJson, getSeasonJson } from "@/lib/api/entries";
import { tagsShowingSection } from "@/lib/cache/affected";
import { getFilmPage } from "@/lib/films/queries";
import type { CompanyRole } from "@/lib/generated/prisma/enums";
import { getSeasonChart, getSeasonFormatPage, getSeasonShowcase } from "@/lib/seasons/queries";
import { approveSubmission } from "@/lib/submissions/mutations/review-submission";
import { installQueryCounter } from "../support/query-counter";
import { withTestDatabase } from "../support/test-database";
import { seededActors, submitSection } from "./submissions/film-edit";

const database = withTestDatabase();
let counter: ReturnType<typeof installQueryCounter>;
let actors: Awaited<ReturnType<typeof seededActors>>;

beforeAll(async () => {
  counter = installQueryCounter(database.url);
  actors = await seededActors(database.prisma);
});

/** A TV series premiering in Japan on `date`, which puts it in that date's season. */
async function newSeries(slug: string, date: string) {
  return database.prisma.film.create({
    data: {
      slug,
      title: slug,
      format: "TV",
      releases: { create: { region: "JP", title: slug, date: new Date(`${date}T00:00:00Z`), position: 1 } },
    },
    select: { id: true },
  });
}

async function approve(filmId: number, section: string, values: Record<string, unknown>) {
  const submission = await submitSection(actors.editor, filmId, section, values);
  await approveSubmission(actors.moderator, submission.id);
}

async function credit(filmId: number, studioSlug: string, role: CompanyRole, position: number) {
  const studio = await database.prisma.studio.upsert({
    where: { slug: studioSlug },
    create: { slug: studioSlug, name: `Studio ${studioSlug}` },
    update: {},
  });
  await database.prisma.filmCompany.create({ data: { filmId, studioId: studio.id, role, position } });
  return studio;
}

const broadcast = { firstAiring: "1963-04-06T01:58", intervalDays: 7, lastAiring: "1963-06-29" };
const streams = [
  { site: "bilibili", id: "2822", regions: ["CN"], since: "2020-01-10" },
  { site: "crunchyroll", id: "GY5V", regions: [], since: "" },
];

describe("a work's streams and broadcast slot", () => {
  it("are read with the work's page and answered by its JSON, as approved", async () => {
    const work = await newSeries("zz-watch-page", "1963-04-06");
    await approve(work.id, "streams", { streams });
    await approve(work.id, "broadcast", broadcast);

    const film = await getFilmPage("zz-watch-page");
    expect(film?.streams.map(({ site, externalId, regions }) => [site, externalId, regions])).toEqual([
      ["bilibili", "2822", ["CN"]],
      ["crunchyroll", "GY5V", []],
    ]);
    expect(film?.broadcastStart).toEqual(new Date("1963-04-05T16:58:00Z"));
    expect(film?.broadcastIntervalDays).toBe(7);

    const json = await getFilmJson("zz-watch-page");
    expect(json?.streams).toEqual([
      {
        site: "crunchyroll",
        label: "Crunchyroll",
        url: "https://www.crunchyroll.com/series/GY5V/",
        regions: [],
        since: null,
      },
      {
        site: "bilibili",
        label: "哔哩哔哩 (bilibili)",
        url: "https://www.bilibili.com/bangumi/media/md2822/",
        regions: ["CN"],
        since: "2020-01-10",
      },
    ]);
    // Long over: no next episode.
    expect(json?.broadcast).toEqual({
      firstAiring: "1963-04-05T16:58:00.000Z",
      intervalDays: 7,
      lastAiring: "1963-06-29",
      nextEpisodeAt: null,
    });
  });

  it("expire the pages of the work and of its season chart when approved, as do its studios' names", async () => {
    const work = await newSeries("zz-watch-tags", "1963-05-01");
    const studio = await credit(work.id, "zz-tags-studio", "ANIMATION_PRODUCTION", 1);
    for (const section of ["streams", "broadcast", "companies", "title"]) {
      expect(await tagsShowingSection("FILM", work.id, section)).toEqual(
        expect.arrayContaining(["film:zz-watch-tags", "season:1963-spring"]),
      );
    }
    expect(await tagsShowingSection("STUDIO", studio.id, "studio")).toEqual(
      expect.arrayContaining(["studio:zz-tags-studio", "film:zz-watch-tags", "season:1963-spring"]),
    );
    // A distributor is not named on the chart.
    const distributor = await credit(work.id, "zz-tags-distributor", "DISTRIBUTOR", 2);
    expect(await tagsShowingSection("STUDIO", distributor.id, "studio")).not.toContain("season:1963-spring");
  });
});

describe("a season chart", () => {
  it("gives each work its animation studios once, its streams and its broadcast slot, in a fixed number of queries", async () => {
    const first = await newSeries("zz-chart-watch-a", "1964-01-04");
    await approve(first.id, "streams", { streams });
    await approve(first.id, "broadcast", { ...broadcast, firstAiring: "1964-01-04T01:58", lastAiring: "" });
    await credit(first.id, "zz-chart-studio", "ANIMATION_PRODUCTION", 1);
    await credit(first.id, "zz-chart-studio", "ANIMATION_PRODUCTION", 2);
    await credit(first.id, "zz-chart-distributor", "DISTRIBUTOR", 3);

    const few = await counter.count(() => getSeasonChart(1964, "WINTER"));
    const [work] = few.result.groups[0]!.works;
    expect(work).toMatchObject({
      slug: "zz-chart-watch-a",
      studios: [{ slug: "zz-chart-studio", name: "Studio zz-chart-studio" }],
      broadcastStart: new Date("1964-01-03T16:58:00Z"),
      broadcastIntervalDays: 7,
    });
    expect(work?.streams.map((stream) => stream.site)).toEqual(["bilibili", "crunchyroll"]);

    for (let index = 0; index < 12; index++) {
      const other = await newSeries(`zz-chart-watch-more-${index}`, "1964-02-01");
      await credit(other.id, `zz-chart-more-studio-${index}`, "ANIMATION_PRODUCTION", 1);
      await database.prisma.stream.create({
        data: { filmId: other.id, site: "netflix", externalId: String(index), regions: [], position: 1 },
      });
    }
    const many = await counter.count(() => getSeasonChart(1964, "WINTER"));
    expect(many.result.groups[0]).toMatchObject({ format: "TV", total: 13 });
    expect(many.queries).toBe(few.queries);
    const page = await counter.count(() => getSeasonFormatPage(1964, "WINTER", "TV", 1));
    expect(page.result.works).toHaveLength(13);
    expect(page.result.works[0]?.studios).toEqual([{ slug: "zz-chart-studio", name: "Studio zz-chart-studio" }]);
    expect(page.queries).toBe(2);

    const json = await getSeasonJson("1964", "winter");
    expect(json?.works[0]).toMatchObject({
      slug: "zz-chart-watch-a",
      studios: [{ slug: "zz-chart-studio", name: "Studio zz-chart-studio" }],
      broadcast: { firstAiring: "1964-01-03T16:58:00.000Z", intervalDays: 7, lastAiring: null },
    });
    expect(json?.works[0]?.streams.map((stream) => stream.label)).toEqual(["Crunchyroll", "哔哩哔哩 (bilibili)"]);
  });
});

describe("the home page's season", () => {
  it("is the current season when it has works, else the latest before it that has some, else none", async () => {
    await newSeries("zz-showcase-b", "1966-07-02");
    await newSeries("zz-showcase-a", "1966-08-02");
    await database.prisma.film.create({
      data: {
        slug: "zz-showcase-film",
        title: "zz-showcase-film",
        format: "FILM",
        releases: { create: { region: "JP", title: "f", date: new Date("1966-09-10T00:00:00Z"), position: 1 } },
      },
    });

    const current = await getSeasonShowcase({ year: 1966, season: "SUMMER" }, 2);
    expect(current).toMatchObject({ year: 1966, season: "SUMMER", total: 3 });
    expect(current?.works.map((work) => work.slug)).toEqual(["zz-showcase-a", "zz-showcase-b"]);

    const later = await getSeasonShowcase({ year: 1967, season: "SPRING" });
    expect(later).toMatchObject({ year: 1966, season: "SUMMER", total: 3 });
    // Series first, as the chart orders them.
    expect(later?.works.map((work) => work.slug)).toEqual(["zz-showcase-a", "zz-showcase-b", "zz-showcase-film"]);

    // Nothing in the ten years before: none, rather than a season from long ago.
    expect(await getSeasonShowcase({ year: 1977, season: "SUMMER" })).toBeNull();
    // Nor a season after the current one.
    expect(await getSeasonShowcase({ year: 1966, season: "SPRING" })).toMatchObject({ year: 1964, season: "WINTER" });
  });
});
