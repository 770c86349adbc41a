import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { episodeListSelect, episodeOrder } from "@/lib/episodes/queries";
import type { Prisma } from "@/lib/generated/prisma/client";

/** Everything a film page (and its JSON) reads; the dump reads the same for many films at once. */
export const filmPageSelect = {
  id: true,
  slug: true,
  title: true,
  nativeTitle: true,
  romanisedTitle: true,
  romanisedByMachine: true,
  deck: true,
  description: true,
  format: true,
  contentRating: true,
  runtimeMinutes: true,
  sourceMaterial: true,
  episodeCount: true,
  year: true,
  seasonYear: true,
  season: true,
  broadcastStart: true,
  broadcastIntervalDays: true,
  broadcastEnd: true,
  updatedAt: true,
  franchise: { select: { slug: true, name: true } },
  poster: { select: { id: true, storageKey: true, width: true, height: true, caption: true } },
  segments: {
    orderBy: { position: "asc" },
    select: { id: true, title: true, nativeTitle: true, synopsis: true, runtimeMinutes: true },
  },
  episodes: { orderBy: episodeOrder, select: episodeListSelect },
  credits: {
    orderBy: { position: "asc" },
    select: {
      id: true,
      note: true,
      person: { select: { slug: true, name: true, nativeName: true, deck: true } },
      role: { select: { name: true } },
      segment: { select: { title: true } },
      episode: { select: { kind: true, number: true } },
    },
  },
  appearances: {
    orderBy: { position: "asc" },
    select: {
      id: true,
      prominence: true,
      character: { select: { slug: true, name: true, nativeName: true } },
      segment: { select: { title: true } },
      episode: { select: { kind: true, number: true } },
      voiceCredits: {
        orderBy: { language: "asc" },
        select: { id: true, language: true, note: true, person: { select: { slug: true, name: true } } },
      },
    },
  },
  releases: {
    orderBy: { position: "asc" },
    select: { id: true, region: true, title: true, date: true, datePrecision: true },
  },
  aliases: { orderBy: { id: "asc" }, select: { id: true, name: true, language: true, kind: true } },
  links: { orderBy: { id: "asc" }, select: { id: true, site: true, externalId: true } },
  streams: {
    orderBy: { position: "asc" },
    select: { id: true, site: true, externalId: true, regions: true, since: true },
  },
  companies: {
    orderBy: { position: "asc" },
    select: {
      id: true,
      role: true,
      region: true,
      studio: { select: { slug: true, name: true } },
      segment: { select: { title: true } },
      episode: { select: { kind: true, number: true } },
    },
  },
  genres: { orderBy: { genre: { name: "asc" } }, select: { genre: { select: { slug: true, name: true } } } },
  themes: { orderBy: { theme: { name: "asc" } }, select: { theme: { select: { slug: true, name: true } } } },
  concepts: {
    orderBy: { concept: { name: "asc" } },
    select: { concept: { select: { slug: true, name: true } } },
  },
  relationsOut: { select: { kind: true, toFilm: { select: { slug: true, title: true, year: true } } } },
  relationsIn: { select: { kind: true, fromFilm: { select: { slug: true, title: true, year: true } } } },
  // Which outside sources the work's data came from, for their credit (lib/sources).
  imports: { orderBy: { id: "asc" }, select: { source: true, version: true } },
} as const;

/**
 * Everything the film page shows about the film itself. Prisma loads each relation with one query
 * for all its rows, so the count of queries is fixed whatever the number of credits.
 * Cached per request: the page and its metadata share one read.
 */
export const getFilmPage = cache(async (slug: string) => {
  const film = await db.film.findUnique({ where: { slug }, select: filmPageSelect });
  return film && filmPageOf(film);
});

/** A film as read with `filmPageSelect`, its relations both ways in one list. */
export function filmPageOf({
  relationsOut,
  relationsIn,
  ...rest
}: Prisma.FilmGetPayload<{ select: typeof filmPageSelect }>) {
  return {
    ...rest,
    // A relation is stored once but belongs to both films.
    relations: [
      ...relationsOut.map(({ kind, toFilm }) => ({ kind, film: toFilm })),
      ...relationsIn.map(({ kind, fromFilm }) => ({ kind, film: fromFilm })),
    ],
  };
}

export type FilmPage = NonNullable<Awaited<ReturnType<typeof getFilmPage>>>;

/** Films newest first by when they were added or last changed, for the home page. */
export async function getRecentFilms(order: "createdAt" | "updatedAt", take = 8) {
  return db.film.findMany({
    orderBy: [{ [order]: "desc" }, { id: "desc" }],
    take,
    select: { slug: true, title: true, nativeTitle: true, year: true, format: true, deck: true },
  });
}

export async function getFilmSlug(filmId: number): Promise<string | null> {
  return (await db.film.findUnique({ where: { id: filmId }, select: { slug: true } }))?.slug ?? null;
}
