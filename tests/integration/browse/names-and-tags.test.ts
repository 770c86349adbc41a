import { beforeAll, describe, expect, it } from "vitest";
import { browseCharacters, browsePeople } from "@/lib/browse/name-queries";
import type { NameBrowseParams } from "@/lib/browse/schema";
import {
  browseFranchises,
  getFranchise,
  getGenre,
  getGenreIndex,
  getTheme,
  getThemeIndex,
} from "@/lib/browse/tag-queries";
import { installQueryCounter } from "../../support/query-counter";
import { withTestDatabase } from "../../support/test-database";
import { byTitle, insertCatalogue, queriesWithoutIndex } from "./support";

const database = withTestDatabase({ seeded: false });
let counter: ReturnType<typeof installQueryCounter>;

const PEOPLE = ["Katsuhiro Otomo", "koji Morimoto", "Kōji Yamamura", "Satoshi Kon", "Yoko Kanno", "50 Cent", "Ōtomo"];
const CHARACTERS = ["Kaneda", "Tetsuo", "kei", "Heintz"];

beforeAll(async () => {
  await insertCatalogue(database.prisma);
  await database.prisma.person.createMany({
    data: PEOPLE.map((name, index) => ({ slug: `person-${index}`, name, deck: `The deck of ${name}.` })),
  });
  await database.prisma.character.createMany({
    data: CHARACTERS.map((name, index) => ({
      slug: `character-${index}`,
      name,
      nativeName: index === 0 ? "金田" : null,
    })),
  });
  counter = installQueryCounter(database.url);
});

const names = async (params: Partial<NameBrowseParams>, pageSize = 50) =>
  (await browsePeople({ sort: "name", page: 1, ...params }, pageSize)).rows.map((person) => person.name);

describe("browsePeople", () => {
  it("lists everyone by name either way, with slug, native name and deck", async () => {
    expect(await names({})).toEqual([...PEOPLE].sort(byTitle));
    expect(await names({ sort: "name-desc" })).toEqual([...PEOPLE].sort(byTitle).reverse());
    expect((await browsePeople({ sort: "name", page: 1 })).rows[0]).toEqual({
      slug: "person-5",
      name: "50 Cent",
      nativeName: null,
      deck: "The deck of 50 Cent.",
    });
  });

  it("filters by first letter in either case, # for the rest, in both orders", async () => {
    expect(await names({ letter: "K" })).toEqual(["Katsuhiro Otomo", "Kōji Yamamura", "koji Morimoto"]);
    expect(await names({ letter: "K", sort: "name-desc" })).toEqual([
      "koji Morimoto",
      "Kōji Yamamura",
      "Katsuhiro Otomo",
    ]);
    expect(await names({ letter: "#" })).toEqual(["50 Cent", "Ōtomo"]);
  });

  it("pages across the letter's ranges, either way", async () => {
    for (const sort of ["name", "name-desc"] as const) {
      const whole = await names({ letter: "K", sort });
      const pages = [];
      for (let page = 1; page <= 3; page += 1) pages.push(...(await names({ letter: "K", sort, page }, 1)));
      expect(pages).toEqual(whole);
    }
    const past = await browsePeople({ sort: "name", page: 5 }, 2);
    expect(past).toMatchObject({ rows: [], total: PEOPLE.length, pageCount: 4 });
  });

  it("reads a page in a bounded number of queries, each answerable by an index", async () => {
    const few = await counter.count(() => browsePeople({ letter: "K", sort: "name", page: 1 }));
    await database.prisma.person.createMany({
      data: Array.from({ length: 80 }, (_, index) => ({
        slug: `extra-${index}`,
        name: `${index % 2 ? "K" : "k"}extra ${index}`,
      })),
    });
    const many = await counter.capture(() => browsePeople({ letter: "K", sort: "name", page: 1 }));
    expect(many.result.rows).toHaveLength(50);
    // Two ranges (K, k): two counts, one or two pages.
    expect(many.sql.length).toBeLessThanOrEqual(4);
    expect(many.sql.length).toBe(few.queries);
    expect(await queriesWithoutIndex(database.url, many.sql)).toEqual([]);
    const all = await counter.capture(() => browsePeople({ sort: "name-desc", page: 2 }));
    expect(all.sql).toHaveLength(2);
    expect(await queriesWithoutIndex(database.url, all.sql)).toEqual([]);
  });
});

describe("browseCharacters", () => {
  it("lists characters A–Z with their native names", async () => {
    const page = await browseCharacters({ sort: "name", page: 1 });
    expect(page.rows.map((character) => character.name)).toEqual(["Heintz", "Kaneda", "Tetsuo", "kei"]);
    expect(page.rows[1]).toMatchObject({ slug: "character-0", nativeName: "金田" });
    const k = await counter.capture(() => browseCharacters({ letter: "K", sort: "name", page: 1 }));
    expect(k.result.rows.map((character) => character.name)).toEqual(["Kaneda", "kei"]);
    expect(await queriesWithoutIndex(database.url, k.sql)).toEqual([]);
  });
});

describe("genres, themes and franchises", () => {
  it("index genres and themes by name with their numbers of films, in one query each", async () => {
    const genres = await counter.count(() => getGenreIndex());
    expect(genres.result).toEqual([
      { slug: "drama", name: "Drama", filmCount: 3 },
      { slug: "science-fiction", name: "Science fiction", filmCount: 8 },
    ]);
    expect(genres.queries).toBe(1);
    expect(await getThemeIndex()).toEqual([{ slug: "cyberpunk", name: "Cyberpunk", filmCount: 3 }]);
  });

  it("read one by slug, or nothing for an unknown slug", async () => {
    expect(await getGenre("drama")).toMatchObject({ name: "Drama", description: "" });
    expect(await getTheme("cyberpunk")).toMatchObject({ name: "Cyberpunk" });
    expect(await getFranchise("appleseed")).toMatchObject({
      name: "Appleseed",
      description: "Masamune Shirow's future city.",
    });
    expect(await getGenre("cyberpunk")).toBeNull();
    expect(await getFranchise("no-such-franchise")).toBeNull();
  });

  it("page franchises by slug, counting only the page's films", async () => {
    await database.prisma.franchise.createMany({
      data: Array.from({ length: 30 }, (_, index) => ({ slug: `franchise-${index}`, name: `Franchise ${index}` })),
    });
    const first = await counter.capture(() => browseFranchises(1, 10));
    expect(first.result.rows[0]).toEqual({ slug: "appleseed", name: "Appleseed", filmCount: 2 });
    expect(first.result).toMatchObject({ total: 31, pageCount: 4 });
    expect(first.result.rows[1]).toEqual({ slug: "franchise-0", name: "Franchise 0", filmCount: 0 });
    expect(first.sql).toHaveLength(3);
    const past = await counter.count(() => browseFranchises(9, 10));
    expect(past.result.rows).toEqual([]);
    expect(past.queries).toBe(2);
  });
});
