import { describe, expect, it } from "vitest";
import { entryDetails, type EntrySummary } from "@/lib/search/entry-summary";
import { SearchApiQuerySchema } from "@/lib/search/schema";

const person: EntrySummary = {
  type: "person",
  slug: "kei-tanaka",
  name: "Kei Tanaka",
  nativeName: "田中 敬",
  year: null,
  format: null,
  activeYears: { from: 1990, to: 2001 },
  works: [
    { slug: "salt-road", title: "Salt Road", year: 1996 },
    { slug: "night-ferry", title: "Night Ferry", year: null },
  ],
  workCount: 2,
};

describe("entryDetails", () => {
  it("gives a person's native name, active years and works", () => {
    expect(entryDetails(person)).toBe("田中 敬 · 1990–2001 · Salt Road (1996), Night Ferry");
  });

  it("counts the works it leaves out, and gives a single year once", () => {
    expect(entryDetails({ ...person, nativeName: null, activeYears: { from: 1996, to: 1996 }, workCount: 7 })).toBe(
      "1996 · Salt Road (1996), Night Ferry and 5 more",
    );
  });

  it("leaves out a native name that is the name itself", () => {
    expect(entryDetails({ ...person, nativeName: "Kei Tanaka", activeYears: null, works: [], workCount: 0 })).toBe(
      "No works yet",
    );
  });

  it("says which works a character is in", () => {
    const character: EntrySummary = { ...person, type: "character", nativeName: null, activeYears: null };
    expect(entryDetails(character)).toBe("in Salt Road (1996), Night Ferry");
    expect(entryDetails({ ...character, works: [], workCount: 0 })).toBe("In no works yet");
  });

  it("gives a film's format, year and native title", () => {
    const film: EntrySummary = {
      type: "film",
      slug: "memories",
      name: "Memories",
      nativeName: "MEMORIES",
      year: 1995,
      format: "tv",
      activeYears: null,
      works: null,
      workCount: null,
    };
    expect(entryDetails(film)).toBe("TV series · 1995 · MEMORIES");
    expect(entryDetails({ ...film, year: null, nativeName: null, format: "film" })).toBe("Film");
  });
});

describe("the search API's query", () => {
  it("takes a kind and a small limit, as a picker asks", () => {
    expect(SearchApiQuerySchema.parse({ q: " kei ", type: "people", limit: "8" })).toEqual({
      q: "kei",
      type: "people",
      page: 1,
      limit: 8,
    });
  });

  it("refuses an unknown kind and a limit past 50", () => {
    expect(SearchApiQuerySchema.safeParse({ q: "kei", type: "person" }).success).toBe(false);
    expect(SearchApiQuerySchema.safeParse({ q: "kei", limit: "51" }).success).toBe(false);
  });
});
