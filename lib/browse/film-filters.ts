import { formatLabel, type FilmFormat } from "@/lib/format/labels";
import type { FilmBrowseParams, Letter } from "./schema";

/** What a film listing is narrowed by, as the queries take it. */
export type FilmFilters = {
  letter?: Letter;
  year?: number;
  /** The decade's first year, 1990 for the 1990s. */
  decade?: number;
  format?: FilmFormat;
  genreId?: number;
  themeId?: number;
  franchiseId?: number;
};

export type Tag = { id: number; slug: string; name: string };
export type FilmVocabulary = { genres: Tag[]; themes: Tag[] };

/** The filters a set of search params asks for; a genre or theme slug Keyframe lacks is dropped and reported. */
export function resolveFilmFilters(params: FilmBrowseParams, vocabulary: FilmVocabulary) {
  const genre = params.genre === undefined ? undefined : vocabulary.genres.find((tag) => tag.slug === params.genre);
  const theme = params.theme === undefined ? undefined : vocabulary.themes.find((tag) => tag.slug === params.theme);
  const filters: FilmFilters = {
    letter: params.letter,
    year: params.year,
    decade: params.decade,
    format: params.format,
    genreId: genre?.id,
    themeId: theme?.id,
  };
  return {
    params: { ...params, genre: genre?.slug, theme: theme?.slug },
    filters,
    unknown: {
      genre: genre ? undefined : params.genre,
      theme: theme ? undefined : params.theme,
    },
  };
}

export type FilterName = "letter" | "year" | "decade" | "format" | "genre" | "theme";

export function letterLabel(letter: Letter): string {
  return letter === "#" ? "Not a letter (#)" : letter;
}

/** The filters in force, each with words that say what it keeps, for a list of removable filters. */
export function activeFilters(
  params: FilmBrowseParams,
  vocabulary: FilmVocabulary,
): { name: FilterName; label: string }[] {
  const tagName = (tags: Tag[], slug: string) => tags.find((tag) => tag.slug === slug)?.name ?? slug;
  const active: { name: FilterName; label: string }[] = [];
  if (params.letter) active.push({ name: "letter", label: `Starts with: ${letterLabel(params.letter)}` });
  if (params.year !== undefined) active.push({ name: "year", label: `Year: ${params.year}` });
  if (params.decade !== undefined) active.push({ name: "decade", label: `Decade: ${params.decade}s` });
  if (params.format) active.push({ name: "format", label: `Format: ${formatLabel(params.format)}` });
  if (params.genre) active.push({ name: "genre", label: `Genre: ${tagName(vocabulary.genres, params.genre)}` });
  if (params.theme) active.push({ name: "theme", label: `Theme: ${tagName(vocabulary.themes, params.theme)}` });
  return active;
}
