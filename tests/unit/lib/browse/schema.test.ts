import { describe, expect, it } from "vitest";
import { FilmBrowseParamsSchema, MAX_PAGE, NameBrowseParamsSchema, PageParamsSchema } from "@/lib/browse/schema";

const defaults = {
  letter: undefined,
  year: undefined,
  decade: undefined,
  format: undefined,
  genre: undefined,
  theme: undefined,
  sort: "title",
  page: 1,
};

describe("FilmBrowseParamsSchema", () => {
  it("reads every filter, the order and the page", () => {
    expect(
      FilmBrowseParamsSchema.parse({
        letter: "b",
        year: "1995",
        decade: "1990",
        format: "OVA",
        genre: "science-fiction",
        theme: "cyberpunk",
        sort: "newest",
        page: "3",
      }),
    ).toEqual({
      letter: "B",
      year: 1995,
      decade: 1990,
      format: "OVA",
      genre: "science-fiction",
      theme: "cyberpunk",
      sort: "newest",
      page: 3,
    });
  });

  it("gives the defaults for no params and for the empty fields a GET form sends", () => {
    expect(FilmBrowseParamsSchema.parse({})).toEqual(defaults);
    expect(
      FilmBrowseParamsSchema.parse({ letter: "", year: "", decade: "", format: "", genre: "", theme: "", sort: "" }),
    ).toEqual(defaults);
  });

  it("drops values that make no sense instead of failing", () => {
    expect(
      FilmBrowseParamsSchema.parse({
        letter: "BB",
        year: "nineteen",
        decade: "1995",
        format: "MOVIE",
        sort: "rating",
        page: "two",
        unknown: "x",
      }),
    ).toEqual(defaults);
    expect(FilmBrowseParamsSchema.parse({ year: "1850", decade: "2300" })).toEqual(defaults);
    expect(FilmBrowseParamsSchema.parse({ year: "1995.5", page: "1e3" })).toEqual(defaults);
    expect(FilmBrowseParamsSchema.parse({ genre: "x".repeat(101) }).genre).toBeUndefined();
  });

  it("takes the first of repeated params and reads a decade written as 1990s", () => {
    expect(FilmBrowseParamsSchema.parse({ format: ["TV", "OVA"], decade: "1980s" })).toMatchObject({
      format: "TV",
      decade: 1980,
    });
  });

  it("knows # as the letter for everything that is not A–Z", () => {
    expect(FilmBrowseParamsSchema.parse({ letter: "#" }).letter).toBe("#");
    expect(FilmBrowseParamsSchema.parse({ letter: "é" }).letter).toBeUndefined();
  });

  it("clamps the page between the first and the deepest", () => {
    expect(FilmBrowseParamsSchema.parse({ page: "0" }).page).toBe(1);
    expect(FilmBrowseParamsSchema.parse({ page: "-4" }).page).toBe(1);
    expect(FilmBrowseParamsSchema.parse({ page: String(MAX_PAGE + 1) }).page).toBe(MAX_PAGE);
    expect(FilmBrowseParamsSchema.parse({ page: "99999999999999999999" }).page).toBe(MAX_PAGE);
  });
});

describe("the other listings' params", () => {
  it("people and characters: a letter, by name either way, a page", () => {
    expect(NameBrowseParamsSchema.parse({})).toEqual({ letter: undefined, sort: "name", page: 1 });
    expect(NameBrowseParamsSchema.parse({ letter: "k", sort: "name-desc", page: "2" })).toEqual({
      letter: "K",
      sort: "name-desc",
      page: 2,
    });
    expect(NameBrowseParamsSchema.parse({ letter: "?", sort: "newest", page: "x" })).toEqual({
      letter: undefined,
      sort: "name",
      page: 1,
    });
  });

  it("franchises: a page only", () => {
    expect(PageParamsSchema.parse({ page: "4", sort: "title" })).toEqual({ page: 4 });
    expect(PageParamsSchema.parse({})).toEqual({ page: 1 });
  });
});
