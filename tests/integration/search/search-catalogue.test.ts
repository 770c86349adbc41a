import { beforeAll, describe, expect, it } from "vitest";
import { searchCatalogue, type SearchResult } from "@/lib/search/queries";
import { installQueryCounter } from "../../support/query-counter";
import { withTestDatabase } from "../../support/test-database";

const database = withTestDatabase();
let counter: ReturnType<typeof installQueryCounter>;

beforeAll(() => {
  counter = installQueryCounter(database.url);
});

const slugOf = (result: SearchResult) => (result.kind === "film" ? result.film.slug : result.entry.slug);
const firstOf = async (query: string) => (await searchCatalogue(query)).results[0];

describe("searchCatalogue", () => {
  it("finds a film through a typo in its title", async () => {
    expect(await firstOf("memries")).toMatchObject({ kind: "film", film: { slug: "memories" } });
  });

  it("finds a film by its regional title in Japanese", async () => {
    expect(await firstOf("メモリーズ")).toMatchObject({
      kind: "film",
      film: { slug: "memories" },
      matchedName: "メモリーズ",
    });
  });

  it("finds a film by an alias, naming the alias that matched", async () => {
    expect(await firstOf("Katsuhiro Otomo Presents")).toMatchObject({
      kind: "film",
      film: { slug: "memories" },
      matchedName: "Katsuhiro Otomo Presents: Memories",
    });
  });

  it("finds a person by one word of the name, and by the words in any order", async () => {
    const otomo = await searchCatalogue("otomo");
    expect(otomo.results.map(slugOf)).toContain("katsuhiro-otomo");
    expect(await firstOf("otomo katsuhiro")).toMatchObject({ kind: "person", entry: { slug: "katsuhiro-otomo" } });
  });

  it("ignores letter case, accents and full-width letters", async () => {
    expect(await firstOf("ＭＥＭＯＲＩＥＳ")).toMatchObject({ film: { slug: "memories" } });
    expect(await firstOf("KÓJI MORIMOTO")).toMatchObject({ entry: { slug: "koji-morimoto" } });
  });

  it("puts an exact title before names that merely contain it", async () => {
    await database.prisma.person.create({ data: { slug: "akira-kurosawa", name: "Akira Kurosawa" } });
    await database.prisma.character.create({ data: { slug: "akira-fan", name: "Akira Fan" } });
    const found = await searchCatalogue("akira");
    expect(found.results[0]).toMatchObject({ kind: "film", film: { slug: "akira" } });
    expect(found.results.map(slugOf)).toEqual(expect.arrayContaining(["akira-kurosawa", "akira-fan"]));
  });

  it("counts each kind, filters by kind and pages through the results", async () => {
    await database.prisma.person.createMany({
      data: Array.from({ length: 45 }, (_, index) => ({ slug: `inbetweener-${index}`, name: `Inbetweener ${index}` })),
    });
    const all = await searchCatalogue("inbetweener");
    expect(all.totals).toEqual({ all: 45, films: 0, people: 45, characters: 0, studios: 0 });
    const third = await searchCatalogue("inbetweener", { kind: "people", page: 3 });
    expect(third.results).toHaveLength(5);
    expect(third.pageCount).toBe(3);
    const films = await searchCatalogue("inbetweener", { kind: "films" });
    expect(films.results).toEqual([]);
    expect(films.totals.people).toBe(45);
  });

  it("answers a page past the end with no results but the right totals", async () => {
    const beyond = await searchCatalogue("memories", { page: 50 });
    expect(beyond.results).toEqual([]);
    expect(beyond.totals.films).toBeGreaterThan(0);
    expect(beyond.pageCount).toBe(1);
  });

  it("reads a page in at most one query per kind of result, whatever its size", async () => {
    await database.prisma.film.createMany({
      data: Array.from({ length: 30 }, (_, index) => ({ slug: `cel-${index}`, title: `Cel Story ${index}` })),
    });
    await database.prisma.character.createMany({
      data: Array.from({ length: 30 }, (_, index) => ({ slug: `cel-kid-${index}`, name: `Cel Kid ${index}` })),
    });
    const few = await counter.count(() => searchCatalogue("cel", { pageSize: 2 }));
    const many = await counter.count(() => searchCatalogue("cel", { pageSize: 60 }));
    expect(many.result.results.length).toBeGreaterThan(50);
    expect(few.queries).toBeLessThanOrEqual(4);
    expect(many.queries).toBeLessThanOrEqual(4);
  });

  it("treats SQL, regular expressions and wildcards as plain text", async () => {
    for (const query of ['\'; DROP TABLE "Film"; --', "%", "_", ".*", "(", "\\", "a:* & !b", "<script>"]) {
      const found = await searchCatalogue(query);
      expect(found.totals.films, query).toBe(0);
    }
    expect(await database.prisma.film.count()).toBeGreaterThan(0);
  });
});

describe("the search index", () => {
  it("follows renames, new entries, new aliases and deletions", async () => {
    const film = await database.prisma.film.update({ where: { slug: "steamboy" }, data: { title: "Steamlad" } });
    expect(await firstOf("steamlad")).toMatchObject({ film: { slug: "steamboy" } });
    expect((await searchCatalogue("steamboy")).results.some((r) => r.kind === "film" && r.matchedName === null)).toBe(
      false,
    );

    const alias = await database.prisma.alias.create({ data: { filmId: film.id, name: "Vapour Child" } });
    expect(await firstOf("vapour child")).toMatchObject({ film: { slug: "steamboy" }, matchedName: "Vapour Child" });
    await database.prisma.alias.delete({ where: { id: alias.id } });
    expect((await searchCatalogue("vapour child")).totals.all).toBe(0);

    await database.prisma.character.create({
      data: { slug: "ray-steam", name: "Ray Steam", nativeName: "レイ・スチム" },
    });
    expect(await firstOf("レイ・スチム")).toMatchObject({ kind: "character", entry: { slug: "ray-steam" } });
    await database.prisma.character.delete({ where: { slug: "ray-steam" } });
    expect((await searchCatalogue("ray steam")).totals.characters).toBe(0);
  });
});
