import { beforeAll, describe, expect, it } from "vitest";
import type { FilmFilters } from "@/lib/browse/film-filters";
import { browseFilms, getFilmBrowsePage } from "@/lib/browse/film-queries";
import { FILM_SORTS, type FilmSort } from "@/lib/browse/schema";
import { installQueryCounter } from "../../support/query-counter";
import { withTestDatabase } from "../../support/test-database";
import { byTitle, FILMS, insertCatalogue, queriesWithoutIndex } from "./support";

const database = withTestDatabase({ seeded: false });
let counter: ReturnType<typeof installQueryCounter>;
const ids: Record<string, number> = {};

beforeAll(async () => {
  await insertCatalogue(database.prisma);
  counter = installQueryCounter(database.url);
  for (const tag of await database.prisma.genre.findMany()) ids[tag.slug] = tag.id;
  for (const tag of await database.prisma.theme.findMany()) ids[tag.slug] = tag.id;
  for (const franchise of await database.prisma.franchise.findMany()) ids[franchise.slug] = franchise.id;
});

const titles = async (filters: FilmFilters, sort: FilmSort = "title", page = 1, pageSize = 50) =>
  (await browseFilms(filters, sort, page, pageSize)).rows.map((film) => film.title);

/** Every page of a listing read in turn, as one list. */
async function allPages(filters: FilmFilters, sort: FilmSort, pageSize: number) {
  const first = await browseFilms(filters, sort, 1, pageSize);
  const rows = [...first.rows];
  for (let page = 2; page <= first.pageCount; page += 1) {
    rows.push(...(await browseFilms(filters, sort, page, pageSize)).rows);
  }
  return rows.map((film) => film.title);
}

describe("browseFilms orders", () => {
  it("by title, in byte order", async () => {
    expect(await titles({})).toEqual(FILMS.map((film) => film.title).sort(byTitle));
  });

  it("newest first, films of unknown year last by title", async () => {
    expect(await titles({}, "newest")).toEqual([
      "009 Re:Cyborg",
      "Ōkami-san",
      "xxxHOLiC",
      "Appleseed",
      "Mind Game",
      ".hack//Sign",
      "Metropolis",
      "X",
      "Memories",
      "Akira",
      "Appleseed OVA",
      "Robot Carnival",
      "Angel's Egg",
      "Zeta",
      "An Unknown OVA",
      "Mononoke",
    ]);
  });

  it("oldest first, films of unknown year last", async () => {
    const oldest = await titles({}, "oldest");
    expect(oldest.slice(0, 4)).toEqual(["Angel's Egg", "Zeta", "Robot Carnival", "Akira"]);
    expect(oldest.slice(-2)).toEqual(["An Unknown OVA", "Mononoke"]);
  });

  it("recently added first", async () => {
    expect(await titles({}, "added")).toEqual(FILMS.map((film) => film.title).reverse());
  });
});

describe("browseFilms filters", () => {
  it("by first letter, in either case", async () => {
    expect(await titles({ letter: "A" })).toEqual([
      "Akira",
      "An Unknown OVA",
      "Angel's Egg",
      "Appleseed",
      "Appleseed OVA",
    ]);
    expect(await titles({ letter: "X" })).toEqual(["X", "xxxHOLiC"]);
    expect(await titles({ letter: "Q" })).toEqual([]);
  });

  it("by # for titles that start with anything but A–Z", async () => {
    expect(await titles({ letter: "#" })).toEqual([".hack//Sign", "009 Re:Cyborg", "Ōkami-san"]);
    expect(await titles({ letter: "#" }, "newest")).toEqual(["009 Re:Cyborg", "Ōkami-san", ".hack//Sign"]);
  });

  it("by year, decade and format", async () => {
    expect(await titles({ year: 2004 })).toEqual(["Appleseed", "Mind Game"]);
    expect(await titles({ decade: 1980 }, "oldest")).toEqual([
      "Angel's Egg",
      "Zeta",
      "Robot Carnival",
      "Akira",
      "Appleseed OVA",
    ]);
    expect(await titles({ format: "OVA" })).toEqual([
      "An Unknown OVA",
      "Angel's Egg",
      "Appleseed OVA",
      "Robot Carnival",
    ]);
  });

  it("by genre, theme and franchise", async () => {
    expect(await titles({ genreId: ids.drama })).toEqual(["Angel's Egg", "Memories", "Mind Game"]);
    expect(await titles({ themeId: ids.cyberpunk })).toEqual(["Akira", "Appleseed", "Metropolis"]);
    expect(await titles({ franchiseId: ids.appleseed }, "oldest")).toEqual(["Appleseed OVA", "Appleseed"]);
  });

  it("with every filter at once", async () => {
    const filters = { letter: "A", genreId: ids["science-fiction"], themeId: ids.cyberpunk } as const;
    expect(await titles(filters)).toEqual(["Akira", "Appleseed"]);
    expect(await titles({ ...filters, decade: 2000, format: "FILM", year: 2004 }, "newest")).toEqual(["Appleseed"]);
    expect(await titles({ ...filters, format: "TV" })).toEqual([]);
  });
});

describe("browseFilms pages", () => {
  it("read in turn, give every film once in every order, with and without a letter", async () => {
    for (const sort of FILM_SORTS) {
      for (const filters of [{}, { letter: "#" }, { letter: "A" }, { letter: "X" }] as FilmFilters[]) {
        const whole = await titles(filters, sort);
        for (const pageSize of [1, 2, 3]) {
          expect(await allPages(filters, sort, pageSize), `${sort} ${JSON.stringify(filters)} by ${pageSize}`).toEqual(
            whole,
          );
        }
      }
    }
  });

  it("count the whole set and say which page this is", async () => {
    const page = await browseFilms({}, "title", 2, 5);
    expect(page).toMatchObject({ total: FILMS.length, page: 2, pageCount: 4, pageSize: 5, capped: false });
    expect(page.rows).toHaveLength(5);
  });

  it("past the end are empty, still counting the set", async () => {
    const page = await browseFilms({ letter: "A" }, "newest", 9, 2);
    expect(page).toMatchObject({ rows: [], total: 5, page: 9, pageCount: 3 });
  });
});

describe("getFilmBrowsePage", () => {
  it("reads raw search params, ignoring junk and unknown tags", async () => {
    const page = await getFilmBrowsePage({ genre: "drama", theme: "no-such-theme", sort: "bogus", page: "x" });
    expect(page.params).toMatchObject({ genre: "drama", theme: undefined, sort: "title", page: 1 });
    expect(page.unknown).toEqual({ genre: undefined, theme: "no-such-theme" });
    expect(page.result.rows.map((film) => film.title)).toEqual(["Angel's Egg", "Memories", "Mind Game"]);
    expect(page.vocabulary.genres.map((genre) => genre.name)).toEqual(["Drama", "Science fiction"]);
  });

  it("on a genre's page, takes the genre from the page, not the params", async () => {
    const page = await getFilmBrowsePage({ genre: "science-fiction", letter: "m" }, { facet: "genre", id: ids.drama! });
    expect(page.params.genre).toBeUndefined();
    expect(page.result.rows.map((film) => film.title)).toEqual(["Memories", "Mind Game"]);
  });
});

describe("browseFilms queries", () => {
  it("are as many for a page of 60 more films, with posters, as before", async () => {
    const cases: [FilmFilters, FilmSort][] = [
      [{}, "title"],
      [{ letter: "#" }, "title"],
      [{ letter: "X" }, "title"],
      [{ genreId: ids["science-fiction"] }, "newest"],
      [{ decade: 2000, themeId: ids.cyberpunk }, "added"],
    ];
    const before = [];
    for (const [filters, sort] of cases) {
      before.push((await counter.count(() => browseFilms(filters, sort, 1, 100))).queries);
    }
    await addFilmsWithPosters(60);
    for (const [index, [filters, sort]] of cases.entries()) {
      const { result, queries } = await counter.count(() => browseFilms(filters, sort, 1, 100));
      expect(result.rows.length, JSON.stringify(filters)).toBeGreaterThan(20);
      expect(result.rows.some((film) => film.poster !== null)).toBe(true);
      expect(queries, JSON.stringify(filters)).toBe(before[index]);
      // A count, a page and its posters per segment: at most three segments (#), at most two read.
      expect(queries).toBeLessThanOrEqual(7);
    }
    const page = await counter.count(() => getFilmBrowsePage({ genre: "drama", theme: "cyberpunk", letter: "#" }));
    expect(page.queries).toBeLessThanOrEqual(9);
  });

  it("can all be answered by an index", async () => {
    const unindexed = { query: 'SELECT "id" FROM "public"."Film" WHERE "deck" = $1', params: ["x"] };
    expect(await queriesWithoutIndex(database.url, [unindexed]), "the check finds a scan").toHaveLength(1);
    const listings: [FilmFilters, FilmSort, number][] = [
      [{}, "title", 2],
      [{}, "newest", 1],
      [{}, "oldest", 1],
      [{}, "added", 1],
      [{ letter: "K" }, "title", 1],
      [{ letter: "#" }, "title", 1],
      [{ letter: "M" }, "added", 1],
      [{ format: "OVA" }, "title", 1],
      [{ year: 1995 }, "newest", 1],
      [{ decade: 1980 }, "title", 1],
      [{ genreId: ids.drama }, "title", 1],
      [{ themeId: ids.cyberpunk }, "oldest", 1],
      [{ franchiseId: ids.appleseed }, "oldest", 1],
    ];
    for (const [filters, sort, page] of listings) {
      const { sql } = await counter.capture(() => browseFilms(filters, sort, page, 3));
      expect(await queriesWithoutIndex(database.url, sql), `${sort} ${JSON.stringify(filters)}`).toEqual([]);
    }
  });
});

/** Films in every segment the cases read: titles starting with "#", "X" and "x"; dated and not. */
async function addFilmsWithPosters(count: number) {
  for (let index = 0; index < count; index += 1) {
    const title = [`#${index} Extra`, `Xtra ${index}`, `xtra ${index}`][index % 3]!;
    const film = await database.prisma.film.create({
      data: {
        slug: `extra-${index}`,
        title,
        year: index % 2 ? 2000 + (index % 10) : null,
        genres: { create: { genreId: ids["science-fiction"]! } },
        themes: { create: { themeId: ids.cyberpunk! } },
      },
    });
    const image = await database.prisma.image.create({
      data: {
        storageKey: `films/${film.id}/poster.webp`,
        mimeType: "image/webp",
        width: 600,
        height: 900,
        byteSize: 1,
        filmId: film.id,
      },
    });
    await database.prisma.film.update({ where: { id: film.id }, data: { posterId: image.id } });
  }
}
