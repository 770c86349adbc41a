import "server-only";
import { unstable_cache } from "next/cache";

/**
 * Ends the cached page being rendered at `then` at the latest, for what changes with the calendar
 * rather than with an edit (a series' aired count at the next Japanese midnight that airs an episode).
 * Next gives a page the shortest lifetime of the cached reads it made, so a read of nothing with
 * that lifetime is how a page says so; tags still expire it earlier. Past `then` the next reader
 * starts a fresh render, which the reader after them sees.
 */
export async function endPageCacheBy(seconds: number): Promise<void> {
  await unstable_cache(async () => null, ["page-lifetime", String(seconds)], { revalidate: seconds })();
}
