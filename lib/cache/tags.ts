/**
 * The cache tags of public pages' data. A page's data carries the tags of every entry it shows, so
 * a change to an entry revalidates the pages that show it and no others.
 */
export const cacheTags = {
  film: (slug: string) => `film:${slug}`,
  person: (slug: string) => `person:${slug}`,
  character: (slug: string) => `character:${slug}`,
  studio: (slug: string) => `studio:${slug}`,
  list: (id: number) => `list:${id}`,
  /** A season's chart, keyed `1998-summer` (lib/seasons/season.ts `seasonKey`). */
  season: (key: string) => `season:${key}`,
  /** Which lists are a film's Top Rated Lists. */
  filmLists: (filmId: number) => `film-lists:${filmId}`,
  /** The home page's newest films. */
  recentFilms: "films:recent",
} as const;
