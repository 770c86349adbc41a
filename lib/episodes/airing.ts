import "server-only";
import { endPageCacheBy } from "@/lib/cache/page-lifetime";
import { airedCount, nextAiringChange, secondsUntil, type AiringEpisode } from "./aired";

export type Airing = ReturnType<typeof airedCount>;

/**
 * A series' aired count as of now in Japan, for a cached page: the page's cache ends at the next
 * Japanese midnight that airs an episode, so the count follows the calendar as well as the edits.
 */
export async function airingNow(episodes: readonly AiringEpisode[], planned: number | null): Promise<Airing> {
  const now = new Date();
  const change = nextAiringChange(episodes, now);
  if (change) await endPageCacheBy(secondsUntil(change, now));
  return airedCount(episodes, planned, now);
}
