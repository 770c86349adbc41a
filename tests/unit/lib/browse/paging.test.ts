import { describe, expect, it } from "vitest";
import { filmBrowseHref, nameBrowseHref, pageHref } from "@/lib/browse/href";
import { letterRanges, type StringRange } from "@/lib/browse/letters";
import { paged, pageWindow } from "@/lib/browse/pagination";
import { FilmBrowseParamsSchema, MAX_PAGE, type Letter } from "@/lib/browse/schema";
import { pageSegments } from "@/lib/browse/segments";

// JavaScript compares strings by UTF-16 code units, which orders these like PostgreSQL's C collation.
const inRange = (text: string, { gte, lt }: StringRange) =>
  (gte === undefined || text >= gte) && (lt === undefined || text < lt);
const matches = (letter: Letter, text: string) => letterRanges(letter).some((range) => inRange(text, range));

describe("letterRanges", () => {
  it("keeps titles starting with the letter in either case, and nothing else", () => {
    expect(["Akira", "akira", "AKIRA", "A"].every((title) => matches("A", title))).toBe(true);
    expect(["Bebop", "@A", "Ä"].some((title) => matches("A", title))).toBe(false);
    expect(["Zeta", "zeta"].every((title) => matches("Z", title))).toBe(true);
    expect(matches("Z", "[Z]")).toBe(false);
  });

  it("gives # everything that does not start with A–Z", () => {
    for (const title of ["009 Re:Cyborg", ".hack//Sign", "[C]", "`quoted", "{braces}", "Ōkami", "ロボット"]) {
      expect(matches("#", title), title).toBe(true);
    }
    for (const title of ["Akira", "zeta", "Memories"]) expect(matches("#", title), title).toBe(false);
  });

  it("lists the ranges in their order, so they can be read one after another", () => {
    for (const letter of ["A", "M", "Z", "#"] as const) {
      const ranges = letterRanges(letter);
      ranges.slice(1).forEach((range, index) => expect(range.gte! >= ranges[index]!.lt!).toBe(true));
    }
  });
});

describe("pageWindow", () => {
  it("shows every page of a short listing", () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(2, 5)).toEqual([1, 2, 3, 4, 5]);
  });

  it("shows the ends and two either side of the current page, with gaps", () => {
    expect(pageWindow(10, 20)).toEqual([1, null, 8, 9, 10, 11, 12, null, 20]);
    expect(pageWindow(1, 20)).toEqual([1, 2, 3, null, 20]);
    expect(pageWindow(20, 20)).toEqual([1, null, 18, 19, 20]);
  });

  it("shows a single left-out number rather than a gap", () => {
    expect(pageWindow(4, 20)).toEqual([1, 2, 3, 4, 5, 6, null, 20]);
  });
});

describe("paged", () => {
  it("counts pages, at least one, at most the deepest", () => {
    expect(paged([], 0, 1, 50)).toMatchObject({ pageCount: 1, capped: false });
    expect(paged([], 101, 1, 50)).toMatchObject({ pageCount: 3, capped: false });
    expect(paged([], 50 * MAX_PAGE + 1, 1, 50)).toMatchObject({ pageCount: MAX_PAGE, capped: true });
  });
});

describe("pageSegments", () => {
  const letters = [...Array(7).keys()].map((index) => `a${index}`);
  const numbers = [...Array(5).keys()].map((index) => `n${index}`);
  const data: Record<string, string[]> = { letters, numbers, none: [] };
  const read = (calls: string[]) => ({
    count: async (where: string) => (calls.push(`count ${where}`), data[where]!.length),
    rows: async (where: string, skip: number, take: number) => (
      calls.push(`rows ${where} ${skip} ${take}`),
      data[where]!.slice(skip, skip + take)
    ),
  });

  it("pages through segments as one list, reading only the segments a page overlaps", async () => {
    const calls: string[] = [];
    const segments = ["letters", "none", "numbers"];
    expect(await pageSegments(segments, read(calls), 0, 4)).toEqual({ rows: letters.slice(0, 4), total: 12 });
    expect(calls.filter((call) => call.startsWith("rows"))).toEqual(["rows letters 0 4"]);
    calls.length = 0;
    expect(await pageSegments(segments, read(calls), 4, 4)).toEqual({
      rows: [...letters.slice(4), "n0"],
      total: 12,
    });
    expect(calls.filter((call) => call.startsWith("rows"))).toEqual(["rows letters 4 3", "rows numbers 0 1"]);
    expect((await pageSegments(segments, read([]), 8, 4)).rows).toEqual(numbers.slice(1, 5));
    expect((await pageSegments(segments, read([]), 12, 4)).rows).toEqual([]);
  });

  it("reads a single segment and its count together", async () => {
    const calls: string[] = [];
    expect(await pageSegments(["numbers"], read(calls), 2, 2)).toEqual({ rows: ["n2", "n3"], total: 5 });
    expect(calls).toEqual(["rows numbers 2 2", "count numbers"]);
  });
});

describe("hrefs", () => {
  it("name only what differs from the defaults, in a fixed order", () => {
    const params = FilmBrowseParamsSchema.parse({ page: "2", genre: "drama", letter: "#", sort: "title" });
    expect(filmBrowseHref("/films", params)).toBe("/films?letter=%23&genre=drama&page=2");
    expect(filmBrowseHref("/films", FilmBrowseParamsSchema.parse({}))).toBe("/films");
    expect(nameBrowseHref("/people", { letter: "K", sort: "name-desc", page: 1 })).toBe(
      "/people?letter=K&sort=name-desc",
    );
    expect(pageHref("/franchises", 1)).toBe("/franchises");
    expect(pageHref("/franchises", 3)).toBe("/franchises?page=3");
  });

  it("read back as the same params", () => {
    const params = FilmBrowseParamsSchema.parse({ letter: "#", year: "1995", format: "OVA", sort: "added", page: "4" });
    const query = Object.fromEntries(new URL(filmBrowseHref("/films", params), "http://x").searchParams);
    expect(FilmBrowseParamsSchema.parse(query)).toEqual(params);
  });
});
