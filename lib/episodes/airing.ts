import "server-only";
import { nextBroadcast, type BroadcastSlot } from "@/lib/broadcast/schedule";
import { endPageCacheAt } from "@/lib/cache/page-lifetime";
import { airedCount, nextAiringChange, type AiringEpisode } from "./aired";

export type Airing = ReturnType<typeof airedCount> & {
  /** The series' next broadcast in Japan, when its slot says one is still to come. */
  nextEpisode: Date | null;
};

type AiringWork = BroadcastSlot & { episodes: readonly AiringEpisode[]; episodeCount: number | null };

/**
 * A series' aired count and next broadcast as of now, for a cached page: the page's cache ends at
 * the next Japanese midnight that airs an episode or at the next broadcast, whichever comes first,
 * so both follow the calendar as well as the edits.
 */
export async function airingNow(work: AiringWork): Promise<Airing> {
  const now = new Date();
  const nextEpisode = nextBroadcast(work, work.episodeCount, now);
  await endPageCacheAt([nextAiringChange(work.episodes, now), nextEpisode], now);
  return { ...airedCount(work.episodes, work.episodeCount, now), nextEpisode };
}
