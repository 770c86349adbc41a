import { beforeAll, describe, expect, it } from "vitest";
import { getFilmJson, getSearchJson } from "@/lib/api/entries";
import { searchCatalogue, type SearchResult } from "@/lib/search/queries";
import { withTestDatabase } from "../../support/test-database";

// Titles as the real catalogue has them (bangumi-data): native titles, machine-romanised titles,
// Chinese titles; and titles as people type them.
const database = withTestDatabase();

const slugOf = (result: SearchResult) => (result.kind === "film" ? result.film.slug : result.entry.slug);
const filmSlugs = async (query: string) => (await searchCatalogue(query, { kind: "films" })).results.map(slugOf);
const firstOf = async (query: string) => (await searchCatalogue(query)).results[0];

beforeAll(async () => {
  const films = database.prisma.film;
  const titan = await films.create({
    data: {
      slug: "shingeki-no-kyojin",
      title: "Attack on Titan",
      nativeTitle: "進撃の巨人",
      romanisedTitle: "Shingeki no Kyojin",
      romanisedByMachine: true,
      format: "TV",
    },
  });
  await database.prisma.alias.createMany({
    data: [
      { filmId: titan.id, name: "进击的巨人", language: "zh-Hans" },
      { filmId: titan.id, name: "進擊的巨人", language: "zh-Hant" },
    ],
  });
  await films.createMany({
    data: [
      { slug: "utena", title: "Shōjo Kakumei Utena", nativeTitle: "少女革命ウテナ" },
      { slug: "madoka", title: "Mahou Shoujo Madoka☆Magica", nativeTitle: "魔法少女まどか☆マギカ" },
      { slug: "kimetsu", title: "Demon Slayer: Kimetsu no Yaiba", nativeTitle: "鬼滅の刃" },
      { slug: "kyojin", title: "Kyojin" },
      { slug: "kyojun", title: "Kyojun" },
      { slug: "garasu-no-usagi", title: "Garasu no Usagi", nativeTitle: "ガラスのうさぎ" },
      { slug: "kyojin-no-hoshi", title: "Kyojin no Hoshi", nativeTitle: "巨人の星" },
    ],
  });
});

describe("searching real titles", () => {
  it("finds katakana by hiragana and hiragana by katakana, half-width katakana too", async () => {
    expect(await firstOf("めもりーず")).toMatchObject({ kind: "film", film: { slug: "memories" } });
    expect(await firstOf("ﾒﾓﾘｰｽﾞ")).toMatchObject({ kind: "film", film: { slug: "memories" } });
    expect(await filmSlugs("うてな")).toEqual(["utena"]);
  });

  it("finds romanised titles typed with macrons, without them or with long vowels spelt out", async () => {
    for (const typed of ["shoujo", "shojo", "shōjo", "SHOOJO"]) {
      expect((await filmSlugs(typed)).toSorted(), typed).toEqual(["madoka", "utena"]);
    }
    expect(await filmSlugs("mahō shōjo madoka")).toEqual(["madoka"]);
  });

  it("finds a title typed without spaces, exactly and by its start, as well as word by word", async () => {
    for (const typed of [
      "shingekinokyojin",
      "shingeki no kyojin",
      "shingekino",
      "kyojin shingeki",
      "shingekino kyojin",
    ]) {
      expect(await firstOf(typed), typed).toMatchObject({ film: { slug: "shingeki-no-kyojin" } });
    }
  });

  it("finds a title typed without spaces where the vowels of two words meet", async () => {
    expect(await filmSlugs("garasunousagi")).toEqual(["garasu-no-usagi"]);
    expect(await filmSlugs("garasunou")).toEqual(["garasu-no-usagi"]);
  });

  it("finds a word at the start of a later word of the title", async () => {
    expect(await filmSlugs("kimetsu")).toEqual(["kimetsu"]);
    expect(await filmSlugs("kimets")).toEqual(["kimetsu"]);
  });

  it("finds Chinese titles whole and by part", async () => {
    expect(await firstOf("进击的巨人")).toMatchObject({
      film: { slug: "shingeki-no-kyojin" },
      matchedName: "进击的巨人",
    });
    expect(await firstOf("进击")).toMatchObject({ film: { slug: "shingeki-no-kyojin" } });
    expect(await firstOf("進擊")).toMatchObject({ film: { slug: "shingeki-no-kyojin" } });
  });

  it("finds any two or more characters inside a Japanese title", async () => {
    expect((await filmSlugs("巨人")).toSorted()).toEqual(["kyojin-no-hoshi", "shingeki-no-kyojin"]);
    expect(await filmSlugs("撃の巨")).toEqual(["shingeki-no-kyojin"]);
    expect(await filmSlugs("革命")).toEqual(["utena"]);
    expect(await filmSlugs("巨星")).toEqual([]);
  });

  it("finds a work by a segment's title and native title, saying it was a segment", async () => {
    expect(await firstOf("彼女の想いで")).toMatchObject({
      kind: "film",
      film: { slug: "memories" },
      matchedName: "彼女の想いで",
      matchedPart: "segment",
    });
    expect(await firstOf("想いで")).toMatchObject({ film: { slug: "memories" }, matchedPart: "segment" });
    const api = await getSearchJson({ q: "彼女の想いで", type: "films", page: 1, limit: 5 });
    expect(api.results[0]).toMatchObject({ slug: "memories", matchedName: "彼女の想いで", matchedPart: "segment" });
  });

  it("finds a work by its romanised title and shows it, in the API too with its machine mark", async () => {
    const found = await firstOf("shingeki no kyojin");
    expect(found).toMatchObject({
      film: { romanisedTitle: "Shingeki no Kyojin" },
      matchedName: null,
      matchedPart: null,
    });
    expect(await getFilmJson("shingeki-no-kyojin")).toMatchObject({
      title: "Attack on Titan",
      nativeTitle: "進撃の巨人",
      romanisedTitle: "Shingeki no Kyojin",
      romanisedByMachine: true,
    });
  });

  it("ranks an exact title, then titles starting with the search, then titles containing it", async () => {
    expect(await filmSlugs("kyojin")).toEqual(["kyojin", "kyojin-no-hoshi", "shingeki-no-kyojin"]);
    expect(await filmSlugs("巨人の星")).toEqual(["kyojin-no-hoshi"]);
  });

  it("looks for near misses only when the search is not some name's words in full", async () => {
    expect(await filmSlugs("kyojinn")).toEqual(expect.arrayContaining(["kyojin", "kyojun"]));
    expect(await filmSlugs("kyojin")).not.toContain("kyojun");
  });

  it("reads the pairs of characters of a Chinese or Japanese search from the full-text index", async () => {
    await database.prisma.$transaction(async (tx) => {
      await tx.$executeRaw`SET LOCAL enable_seqscan = off`;
      const plan = await tx.$queryRaw<{ "QUERY PLAN": string }[]>`
        EXPLAIN SELECT "entityId" FROM "SearchName" WHERE words @@ search_words('巨人')`;
      expect(plan.map((line) => line["QUERY PLAN"]).join("\n")).toContain("SearchName_words_idx");
    });
  });
});

describe("the search index of real titles", () => {
  it("follows a change of romanised title, native title and segment title", async () => {
    const films = database.prisma.film;
    await films.update({
      where: { slug: "kimetsu" },
      data: { romanisedTitle: "Kimetsu no Yaiba", nativeTitle: "鬼滅之刃" },
    });
    expect(await filmSlugs("kimetsunoyaiba")).toEqual(["kimetsu"]);
    expect(await filmSlugs("滅之")).toEqual(["kimetsu"]);
    expect(await filmSlugs("滅の")).toEqual([]);
    await films.update({ where: { slug: "kimetsu" }, data: { romanisedTitle: null } });
    expect(await filmSlugs("kimetsunoyaiba")).toEqual([]);

    const rose = await database.prisma.segment.findFirstOrThrow({ where: { title: "Magnetic Rose" } });
    await database.prisma.segment.update({ where: { id: rose.id }, data: { nativeTitle: "磁性の薔薇" } });
    expect(await filmSlugs("彼女の想いで")).toEqual([]);
    expect(await firstOf("磁性")).toMatchObject({ film: { slug: "memories" }, matchedPart: "segment" });
    await database.prisma.segment.delete({ where: { id: rose.id } });
    expect(await filmSlugs("磁性")).toEqual([]);
  });

  it("rebuilds the same names it keeps by triggers", async () => {
    const names = () =>
      database.prisma.$queryRaw<{ n: string }[]>`
        SELECT string_agg(concat_ws('|', "entityType", "entityId", source, "sourceId", name, key, compact, words::text), E'\n'
          ORDER BY "entityType", source, "sourceId") AS n FROM "SearchName"`;
    const kept = await names();
    await database.prisma.$executeRaw`SELECT rebuild_search_names()`;
    expect(await names()).toEqual(kept);
  });
});
