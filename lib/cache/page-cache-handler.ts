// Next's own file-system cache for rendered pages and cached reads, which keeps each cached page's
// HTML in ASCII (see ascii-html.ts) so that serving it is cheap. Installed by instrumentation.ts.
import FileSystemCache from "next/dist/server/lib/incremental-cache/file-system-cache";
import { toAsciiHtml } from "./ascii-html";

type CachedEntry = Awaited<ReturnType<FileSystemCache["get"]>>;

/** Entries already converted; the cache hands out the same entry object until it is replaced. */
const converted = new WeakSet<object>();

function toAsciiPage(entry: CachedEntry): void {
  // A page read from memory holds its HTML as a string; other kinds are left as they are.
  const value = entry?.value as { kind?: string; html?: unknown } | null | undefined;
  if (value?.kind !== "APP_PAGE" || typeof value.html !== "string" || converted.has(value)) return;
  value.html = toAsciiHtml(value.html);
  converted.add(value);
}

// Extended rather than rewritten: the memory cache, the files on disk and tag expiry stay exactly
// as Next does them (the memory cache and the tag manifest are Next's shared modules).
class PageCacheHandler extends FileSystemCache {
  override async get(...args: Parameters<FileSystemCache["get"]>): Promise<CachedEntry> {
    const entry = await super.get(...args);
    toAsciiPage(entry);
    return entry;
  }
}

/**
 * Makes PageCacheHandler the cache handler of every IncrementalCache the server creates.
 *
 * Why not `cacheHandler` in next.config.ts: Next then runs a dynamic `import()` of the handler
 * each time it creates an IncrementalCache, several times per request, which cost every cached
 * page about 15% of its throughput. Next reads the same handler from this global once per cache.
 */
export function installPageCacheHandler(): void {
  const key = Symbol.for("@next/cache-handlers");
  const handlers = globalThis as { [key]?: Record<string, unknown> };
  handlers[key] = { ...handlers[key], FetchCache: PageCacheHandler };
}
