import { rm } from "node:fs/promises";
import path from "node:path";

/**
 * What a running server adds to the build: pages rendered on demand (`.next/server/route-cache`)
 * and the data cache (`.next/cache/fetch-cache`). Both are kept on disk and shared by every server
 * started from this build, whatever its database, so each start empties them: a server must never
 * serve a page another server rendered from another database. Pages prerendered by the build stay.
 */
export async function resetRuntimeCache(root: string): Promise<void> {
  await rm(path.join(root, ".next", "server", "route-cache"), { recursive: true, force: true });
  await rm(path.join(root, ".next", "cache", "fetch-cache"), { recursive: true, force: true });
}
