import "server-only";
import { updateTag } from "next/cache";
import { workAsyncStorage } from "next/dist/server/app-render/work-async-storage.external";
import { purgeEdge } from "@/lib/edge/purge";
import { shareExpiry } from "./shared-expiry/publish";
import { isSharedExpiryOn } from "./shared-expiry/switch";

/**
 * Expires cached data and the pages built from it, and returns once they are expired: the next
 * reader, whoever it is, waits for a fresh render rather than seeing the page as it was before the
 * change. Server actions only; await it before the action returns or redirects.
 *
 * `updateTag` alone only records the tags in the request's work store. Next expires them as the
 * action ends, except when it skips the page's render: an action forwarded from another worker
 * (`x-action-forwarded`, which any request may carry) has them expired after the response, or never
 * when it redirects (next/dist/server/app-render/action-handler.js). So the tags are expired here,
 * through the cache handler that keeps both the pages and the `unstable_cache` data
 * (page-cache-handler.ts); this is the one place a change reaches the cache. Then every other
 * server process on the database is told, and waited for (shared-expiry/, docs/architecture.md).
 * `updateTag` stays for read-your-own-writes and to clear the acting browser's router cache.
 */
export async function expireTags(tags: Iterable<string>): Promise<void> {
  const unique = [...new Set(tags)];
  if (unique.length === 0) return;
  for (const tag of unique) updateTag(tag);
  await workAsyncStorage.getStore()?.incrementalCache?.revalidateTag(unique);
  if (isSharedExpiryOn()) await shareExpiry(unique);
  // After every server process has expired them: an edge refilling at once gets them fresh from any.
  await purgeEdge(unique);
}
