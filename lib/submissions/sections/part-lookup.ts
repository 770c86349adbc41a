import { byEpisodeOrder, episodeCode, episodeLabel } from "@/lib/episodes/codes";
import { workParts } from "@/lib/format/work";
import type { Tx } from "./types";
import type { WorkPartChoices } from "./work-parts";

/** A work's episodes as credit and character rows name them, by code. */
export async function episodesByCode(tx: Tx, filmId: number): Promise<Map<string, { id: number; label: string }>> {
  const episodes = await tx.episode.findMany({ where: { filmId }, select: { id: true, kind: true, number: true } });
  return new Map(episodes.map((episode) => [episodeCode(episode), { id: episode.id, label: episodeLabel(episode) }]));
}

/** The parts the credits and characters forms offer: segments for a film, episodes for a series. */
export async function workPartChoices(tx: Tx, filmId: number): Promise<WorkPartChoices> {
  const film = await tx.film.findUniqueOrThrow({
    where: { id: filmId },
    select: {
      format: true,
      segments: { orderBy: { position: "asc" }, select: { title: true } },
      episodes: { select: { kind: true, number: true, title: true } },
    },
  });
  return {
    parts: workParts(film.format),
    segments: film.segments.map((segment) => segment.title),
    episodes: film.episodes.sort(byEpisodeOrder).map((episode) => ({
      value: episodeCode(episode),
      label: episode.title ? `${episodeLabel(episode)}: ${episode.title}` : episodeLabel(episode),
    })),
  };
}
