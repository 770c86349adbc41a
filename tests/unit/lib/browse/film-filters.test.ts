import { describe, expect, it } from "vitest";
import { activeFilters, resolveFilmFilters } from "@/lib/browse/film-filters";
import { FilmBrowseParamsSchema } from "@/lib/browse/schema";

const vocabulary = {
  genres: [{ id: 3, slug: "drama", name: "Drama" }],
  themes: [{ id: 7, slug: "cyberpunk", name: "Cyberpunk" }],
};

describe("resolveFilmFilters", () => {
  it("reads genre and theme slugs as ids", () => {
    const params = FilmBrowseParamsSchema.parse({ genre: "drama", theme: "cyberpunk", format: "TV", letter: "c" });
    expect(resolveFilmFilters(params, vocabulary)).toEqual({
      params,
      filters: {
        letter: "C",
        year: undefined,
        decade: undefined,
        format: "TV",
        genreId: 3,
        themeId: 7,
      },
      unknown: { genre: undefined, theme: undefined },
    });
  });

  it("drops and reports a slug Keyframe lacks, keeping the other filters", () => {
    const params = FilmBrowseParamsSchema.parse({ genre: "no-such-genre", theme: "cyberpunk" });
    const resolved = resolveFilmFilters(params, vocabulary);
    expect(resolved.params.genre).toBeUndefined();
    expect(resolved.filters).toMatchObject({ genreId: undefined, themeId: 7 });
    expect(resolved.unknown).toEqual({ genre: "no-such-genre", theme: undefined });
  });
});

describe("activeFilters", () => {
  it("says what each filter in force keeps, by name", () => {
    const params = FilmBrowseParamsSchema.parse({
      letter: "#",
      year: "1995",
      decade: "1990",
      format: "SPECIAL",
      genre: "drama",
      theme: "cyberpunk",
      sort: "newest",
    });
    expect(activeFilters(params, vocabulary)).toEqual([
      { name: "letter", label: "Starts with: Not a letter (#)" },
      { name: "year", label: "Year: 1995" },
      { name: "decade", label: "Decade: 1990s" },
      { name: "format", label: "Format: Special" },
      { name: "genre", label: "Genre: Drama" },
      { name: "theme", label: "Theme: Cyberpunk" },
    ]);
    expect(activeFilters(FilmBrowseParamsSchema.parse({ sort: "added" }), vocabulary)).toEqual([]);
  });
});
