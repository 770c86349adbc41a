import "server-only";
import { cachedRead } from "@/lib/cache/cached-read";
import { cacheTags } from "@/lib/cache/tags";
import { getTopListsForFilm } from "@/lib/lists/queries";
import { getFilmPage, getRecentFilms } from "./queries";
import { getTopEditors } from "./top-editors";

// What every reader of a film page sees, cached until an approval, a revert or a list change
// revalidates its tags. Personal parts are read by the page after it loads (lib/viewer).

async function readFilm(slug: string) {
  const film = await getFilmPage(slug);
  return film && { film, topEditors: await getTopEditors(film.id) };
}

export const getPublicFilmPage = cachedRead("film-page", readFilm, (slug) => [cacheTags.film(slug)]);

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
