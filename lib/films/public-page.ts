import "server-only";
import { cachedRead } from "@/lib/cache/cached-read";
import { cacheTags } from "@/lib/cache/tags";
import { getTopListsForFilm } from "@/lib/lists/queries";
import { getFilmPage, getRecentFilms } from "./queries";
import { getTopEditors } from "./top-editors";

// What every reader of a film page sees, cached until an approval, a revert or a list change
// revalidates its tags. Personal parts are read by the page after it loads (lib/viewer).

export const getPublicFilmPage = cachedRead("film-page", getFilmPage, (slug) => [cacheTags.film(slug)]);

/** Read beside the film's other parts rather than after it; the slug names the film's tag. */
export const getCachedTopEditors = cachedRead(
  "film-top-editors",
  (slug: string, filmId: number) => getTopEditors(filmId),
  (slug) => [cacheTags.film(slug)],
);

export const getCachedTopLists = cachedRead(
  "film-top-lists",
  (filmId: number) => getTopListsForFilm(filmId),
  (filmId) => [cacheTags.filmLists(filmId)],
);

/** The home page's newest and latest-changed films. */
export const getCachedRecentFilms = cachedRead(
  "recent-films",
  (order: "createdAt" | "updatedAt") => getRecentFilms(order),
  () => [cacheTags.recentFilms],
);
