import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { parseEpisodeCode } from "./codes";

/** What lists of episodes show (the work page, the JSON API, neighbours on an episode page). */
export const episodeListSelect = {
  id: true,
  kind: true,
  number: true,
  title: true,
  nativeTitle: true,
  romanisedTitle: true,
  airDate: true,
  airDatePrecision: true,
  runtimeMinutes: true,
} as const;

/** Regular episodes, then specials, then recaps (the enum's order), each by number. */
export const episodeOrder: Prisma.EpisodeOrderByWithRelationInput[] = [{ kind: "asc" }, { number: "asc" }];

/**
 * One episode's page: the episode with its credits, companies and characters, and the work with its episodes
 * for the links to the previous and next one. Null when the work or the episode does not exist.
 */
export async function getEpisodePage(slug: string, code: string) {
  const name = parseEpisodeCode(code);
  if (!name) return null;
  const film = await db.film.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      title: true,
      format: true,
      episodeCount: true,
      episodes: { orderBy: episodeOrder, select: { kind: true, number: true, title: true } },
    },
  });
  if (!film) return null;
  const episode = await db.episode.findUnique({
    where: { filmId_kind_number: { filmId: film.id, ...name } },
    select: {
      ...episodeListSelect,
      synopsis: true,
      credits: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          note: true,
          person: { select: { slug: true, name: true, nativeName: true } },
          role: { select: { name: true } },
        },
      },
      companies: {
        orderBy: { position: "asc" },
        select: { id: true, role: true, region: true, studio: { select: { slug: true, name: true } } },
      },
      appearances: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          prominence: true,
          character: { select: { slug: true, name: true, nativeName: true } },
          voiceCredits: {
            orderBy: { language: "asc" },
            select: { id: true, language: true, note: true, person: { select: { slug: true, name: true } } },
          },
        },
      },
    },
  });
  if (!episode) return null;
  const place = film.episodes.findIndex((other) => other.kind === episode.kind && other.number === episode.number);
  return {
    film,
    episode,
    previous: place > 0 ? film.episodes[place - 1]! : null,
    next: film.episodes[place + 1] ?? null,
  };
}

export type EpisodePage = NonNullable<Awaited<ReturnType<typeof getEpisodePage>>>;
