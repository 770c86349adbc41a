import "server-only";
import { updateTag } from "next/cache";

/**
 * Expires cached data and the pages built from it at once: the next reader waits for a fresh
 * render rather than seeing the page as it was before the change. Server actions only.
 */
export function expireTags(tags: Iterable<string>): void {
  for (const tag of new Set(tags)) updateTag(tag);
}
