import type { EpisodeKind } from "@/lib/generated/prisma/enums";

export type { EpisodeKind } from "@/lib/generated/prisma/enums";

export const EPISODE_KINDS = ["REGULAR", "SPECIAL", "RECAP"] as const satisfies readonly EpisodeKind[];

/** An episode's name within its work. */
export type EpisodeName = { kind: EpisodeKind; number: number };

// A regular episode is its number ("3"); specials and recaps take a letter ("s1", "r1").
const PREFIXES: Record<EpisodeKind, string> = { REGULAR: "", SPECIAL: "s", RECAP: "r" };
const NOUNS: Record<EpisodeKind, string> = { REGULAR: "Episode", SPECIAL: "Special", RECAP: "Recap" };

/** What an episode's address and a credit's episode pick hold: "3", "s1", "r2". */
export function episodeCode({ kind, number }: EpisodeName): string {
  return `${PREFIXES[kind]}${number}`;
}

export function parseEpisodeCode(code: string): EpisodeName | null {
  const match = /^([sr]?)(\d{1,4})$/.exec(code.trim().toLowerCase());
  if (!match) return null;
  const kind = match[1] === "s" ? "SPECIAL" : match[1] === "r" ? "RECAP" : "REGULAR";
  return { kind, number: Number(match[2]) };
}

/** "Episode 3", "Special 1". */
export function episodeLabel({ kind, number }: EpisodeName): string {
  return `${NOUNS[kind]} ${number}`;
}

export function episodeKindLabel(kind: EpisodeKind): string {
  return NOUNS[kind];
}

export function episodeHref(slug: string, episode: EpisodeName): string {
  return `/films/${slug}/episodes/${episodeCode(episode)}`;
}

/** Regular episodes first, then specials, then recaps, each by number: the order lists show. */
export function byEpisodeOrder(a: EpisodeName, b: EpisodeName): number {
  return EPISODE_KINDS.indexOf(a.kind) - EPISODE_KINDS.indexOf(b.kind) || a.number - b.number;
}
