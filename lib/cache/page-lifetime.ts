import "server-only";
import { unstable_cache } from "next/cache";
import { secondsUntil } from "@/lib/episodes/aired";

/**
 * Ends the cached page being rendered at the earliest of `moments` still ahead, for what changes
 * with the calendar rather than with an edit (a series' aired count at the next Japanese midnight
 * that airs an episode, its next broadcast once that broadcast has begun). Next gives a page the
 * shortest lifetime of the cached reads it made, so a read of nothing with that lifetime is how a
 * page says so; tags still expire it earlier. Past that moment the next reader starts a fresh
 * render, which the reader after them sees.
 */
export async function endPageCacheAt(moments: readonly (Date | null)[], now: Date): Promise<void> {
  const seconds = pageLifetimeSeconds(moments, now);
  if (seconds === null) return;
  await unstable_cache(async () => null, ["page-lifetime", String(seconds)], { revalidate: seconds })();
}

/** Seconds from `now` to the earliest of `moments` still ahead; null when none is. */
export function pageLifetimeSeconds(moments: readonly (Date | null)[], now: Date): number | null {
  const ahead = moments.filter((moment): moment is Date => moment !== null && moment.getTime() > now.getTime());
  if (ahead.length === 0) return null;
  return secondsUntil(new Date(Math.min(...ahead.map((moment) => moment.getTime()))), now);
}
