import { rm } from "node:fs/promises";
import path from "node:path";

/**
 * Where Next keeps pages rendered on demand (`.next/server/route-cache`) and the data cache
 * (`.next/cache/fetch-cache`) when it writes them to disk. Keyframe keeps both in memory
 * (next.config.ts), but Next still reads these folders, and a checkout that ran an older version
 * has them: each start empties them, so a server never serves a page another server rendered from
 * another database. Pages prerendered by the build stay.
 */
export async function resetRuntimeCache(root: string): Promise<void> {
  await rm(path.join(root, ".next", "server", "route-cache"), { recursive: true, force: true });
  await rm(path.join(root, ".next", "cache", "fetch-cache"), { recursive: true, force: true });
}
