import { describe, expect, it } from "vitest";
import { BangumiItemSchema, type BangumiItem } from "@/lib/import/bangumi/data";
import { japanDate, parseBroadcast, releaseDate } from "@/lib/import/bangumi/dates";
import { englishTitle, mapBangumiItem } from "@/lib/import/bangumi/map-item";

const siteMeta = {
  bangumi: { type: "info" },
  mal: { type: "info" },
  aniList: { type: "info" },
  anidb: { type: "info" },
  tmdb: { type: "info" },
  netflix: { type: "onair" },
  bilibili: { type: "onair" },
  somewhere_new: { type: "onair" },
  dmhy: { type: "resource" },
  mikan: { type: "resource" },
  bangumi_moe: { type: "resource" },
};

/** Stands in for the dictionary: kana becomes a fixed reading, anything else has none. */
const romanise = async (text: string) => (/[\u3040-\u30ff\u4e00-\u9fff]/.test(text) ? "Roomaji Yomi" : null);

function item(overrides: Partial<Record<keyof BangumiItem, unknown>> = {}): BangumiItem {
  return BangumiItemSchema.parse({
    title: "進撃の巨人",
    titleTranslate: {},
    type: "tv",
    lang: "ja",
    officialSite: "",
    begin: "2013-04-06T16:58:00.000Z",
    sites: [],
    ...overrides,
  });
}

const map = (overrides: Partial<Record<keyof BangumiItem, unknown>> = {}) =>
  mapBangumiItem(item(overrides), 7, { siteMeta, romanise });

describe("formats", () => {
  it.each([
    ["tv", "TV"],
    ["movie", "FILM"],
    ["ova", "OVA"],
    ["web", "ONA"],
  ])("maps %s to %s", async (type, format) => {
    expect((await map({ type })).values.title.format).toBe(format);
  });
});

describe("titles", () => {
  it("uses the first English title, capitalising one written in lower case", async () => {
    const work = await map({ titleTranslate: { en: ["attack on titan", "AoT"] } });
    expect(work.values.title).toEqual({
      title: "Attack On Titan",
      nativeTitle: "進撃の巨人",
      romanisedTitle: "Roomaji Yomi",
      format: "TV",
      romanisedByMachine: true,
    });
    expect(englishTitle("Demon Slayer: Kimetsu no Yaiba")).toBe("Demon Slayer: Kimetsu no Yaiba");
  });

  it("falls back to the romanised title, then the native one, and marks only a machine's romanisation", async () => {
    expect((await map()).values.title).toMatchObject({ title: "Roomaji Yomi", romanisedByMachine: true });
    const chinese = await map({ title: "狐妖小红娘", lang: "zh-Hans" });
    expect(chinese.values.title).toMatchObject({ title: "狐妖小红娘", romanisedTitle: "", romanisedByMachine: false });
    const latin = await map({ title: "MEMORIES" });
    expect(latin.values.title).toMatchObject({ title: "MEMORIES", romanisedTitle: "", romanisedByMachine: false });
  });

  it("keeps Chinese and further English titles as alternative titles, each once, never the title itself", async () => {
    const work = await map({
      titleTranslate: {
        en: ["Attack on Titan", "AoT", "aot"],
        "zh-Hans": ["进击的巨人", "进击的巨人"],
        "zh-Hant": ["進擊的巨人"],
        ja: ["進撃の巨人", "しんげき"],
      },
    });
    expect(work.values.aliases.aliases).toEqual([
      { title: "AoT", language: "en", kind: "OFFICIAL" },
      { title: "进击的巨人", language: "zh-Hans", kind: "OFFICIAL" },
      { title: "進擊的巨人", language: "zh-Hant", kind: "OFFICIAL" },
      { title: "しんげき", language: "ja", kind: "OFFICIAL" },
    ]);
  });
});

describe("dates in Japan time", () => {
  it("dates a series by its day in Japan", () => {
    expect(japanDate("2013-04-06T16:58:00.000Z")).toBe("2013-04-07");
    expect(releaseDate("2013-04-06T16:58:00.000Z", "tv")).toBe("2013-04-07");
  });

  it("trusts a film starting at 16:00 UTC to the month only, and other films to the day in Japan", () => {
    expect(releaseDate("1995-12-23T16:00:00.000Z", "movie")).toBe("1995-12");
    expect(releaseDate("1988-07-16T15:00:00.000Z", "movie")).toBe("1988-07-17");
  });

  it("gives the work the year and release of its start", async () => {
    const work = await map({ type: "movie", begin: "1995-12-23T16:00:00.000Z" });
    expect(work.year).toBe(1995);
    expect(work.values.general.releases).toEqual([{ region: "JP", title: "進撃の巨人", date: "1995-12" }]);
  });
});

describe("broadcast", () => {
  it("reads a weekly slot in Japan time", () => {
    expect(parseBroadcast("R/2016-07-02T14:30:00.000Z/P7D")).toEqual({
      firstAiring: "2016-07-02T23:30",
      intervalDays: 7,
    });
    expect(parseBroadcast("R/2016-07-02T14:30:00.000Z/P2W")).toEqual({
      firstAiring: "2016-07-02T23:30",
      intervalDays: 14,
    });
  });

  it("keeps a monthly slot's start only, and refuses what is no repeating interval", () => {
    expect(parseBroadcast("R/2016-07-02T14:30:00.000Z/P1M")).toEqual({
      firstAiring: "2016-07-02T23:30",
      intervalDays: null,
    });
    expect(parseBroadcast("2016-07-02T14:30:00.000Z")).toBeNull();
    expect(parseBroadcast("R/not-a-date/P7D")).toBeNull();
  });

  it("ends a series on its last day in Japan, but not a film, and drops an end before the start", async () => {
    const series = await map({ broadcast: "R/2019-04-06T14:30:00.000Z/P7D", end: "2019-09-28T15:00:00.000Z" });
    expect(series.values.broadcast).toEqual({
      firstAiring: "2019-04-06T23:30",
      intervalDays: 7,
      lastAiring: "2019-09-29",
    });
    const film = await map({ type: "movie", end: "2019-09-28T15:00:00.000Z" });
    expect(film.values.broadcast.lastAiring).toBe("");
    const slip = await map({ broadcast: "R/2019-04-06T14:30:00.000Z/P7D", end: "2019-01-01T00:00:00.000Z" });
    expect(slip.values.broadcast.lastAiring).toBe("");
  });
});

describe("links and streams", () => {
  const sites = [
    { site: "bangumi", id: "3627" },
    { site: "tmdb", id: "tv/1/season/2" },
    { site: "tmdb", id: "movie/42994" },
    { site: "aniList", id: "1462" },
    { site: "mal", id: "1462" },
    { site: "dmhy", id: "MEMORIES" },
    { site: "mikan", id: "1919" },
    { site: "bangumi_moe", id: "5ca2" },
    { site: "netflix", id: "81091393", begin: "2021-10-24T00:00:00.000Z" },
    { site: "bilibili", id: "28220881", begin: "" },
    { site: "somewhere_new", id: "1" },
  ];

  it("keeps information sites as links, drops TMDB season ids, and adds a valid official site", async () => {
    const work = await map({ sites, officialSite: "https://example.jp/" });
    expect(work.values.links.links).toEqual([
      { site: "bangumi", id: "3627" },
      { site: "tmdb", id: "movie/42994" },
      { site: "anilist", id: "1462" },
      { site: "mal", id: "1462" },
      { site: "official", id: "https://example.jp/" },
    ]);
    expect(work.dropped).toBe(1);
    expect(work.key).toBe("3627");
    expect((await map({ officialSite: "not a site" })).values.links.links).toEqual([]);
  });

  it("keeps only legal streaming sites Keyframe knows, with their regions and since when; never torrent sites", async () => {
    const work = await map({ sites });
    expect(work.values.streams.streams).toEqual([
      { site: "netflix", id: "81091393", regions: [], since: "2021-10-24" },
      { site: "bilibili", id: "28220881", regions: ["CN"], since: "" },
    ]);
    const everything = JSON.stringify(work.values);
    for (const piracy of ["dmhy", "mikan", "bangumi_moe"]) expect(everything).not.toContain(piracy);
  });

  it("keys an item without a Bangumi id by its title and start", async () => {
    expect((await map()).key).toBe("進撃の巨人|2013-04-06T16:58:00.000Z");
  });
});
