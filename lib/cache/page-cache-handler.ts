// Next's own file-system cache for rendered pages and cached reads, which keeps each cached page's
// HTML in ASCII (see ascii-html.ts) so that serving it is cheap. Installed by instrumentation.ts.
import FileSystemCache from "next/dist/server/lib/incremental-cache/file-system-cache";
import { areTagsExpired, tagsManifest } from "next/dist/server/lib/incremental-cache/tags-manifest.external";
import { labelPageForEdge } from "@/lib/edge/surrogate-keys";
import { toAsciiHtml } from "./ascii-html";
import { isServable, sharedExpiryState } from "./shared-expiry/state";

type CachedEntry = Awaited<ReturnType<FileSystemCache["get"]>>;
type SetArgs = Parameters<FileSystemCache["set"]>;

/**
 * When each key was first missed since it was last stored: the earliest its pending fill (a page's
 * render, a cached read's query) can have started reading the database.
 */
const fillStarts = new Map<string, number>();

/** Whether this process is in step with expiries made by the others (shared-expiry/). */
const shared = sharedExpiryState();

/** Whether Next will fill this key now: nothing is stored, or what it has outlived its lifetime. */
function needsFill(entry: CachedEntry): boolean {
  if (!entry) return true;
  const seconds = entry.cacheControl?.revalidate ?? (entry.value as { revalidate?: unknown } | null)?.revalidate;
  return (
    typeof seconds === "number" && entry.lastModified !== undefined && entry.lastModified + seconds * 1000 <= Date.now()
  );
}

/** The tags an entry is expired by: a page's from its headers, a cached read's from its context. */
function tagsOf(data: SetArgs[1], ctx: SetArgs[2]): string[] {
  const header = (data as { headers?: Record<string, unknown> } | null)?.headers?.["x-next-cache-tags"];
  if (typeof header === "string") return header.split(",");
  return (ctx as { tags?: string[] }).tags ?? [];
}

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
export class PageCacheHandler extends FileSystemCache {
  override async get(...args: Parameters<FileSystemCache["get"]>): Promise<CachedEntry> {
    const stored = await super.get(...args);
    // Out of step with other processes' expiries (or older than the start point): render afresh.
    const entry = stored && isServable(shared, stored.lastModified, performance.now()) ? stored : null;
    // A millisecond early, as expiry times are whole milliseconds too.
    if (needsFill(entry) && !fillStarts.has(args[0])) fillStarts.set(args[0], Date.now() - 1);
    toAsciiPage(entry);
    return entry;
  }

  /**
   * Next stamps an entry with the time it is stored, not the time its fill began. A render that
   * read the database before an approval committed, and ends after the approval expired its tags,
   * would otherwise be kept as fresh and served until the next change. Such an entry is not
   * stored: the next reader renders again, from the committed data.
   */
  override async set(...args: SetArgs): Promise<void> {
    const [key, data, ctx] = args;
    const started = fillStarts.get(key);
    fillStarts.delete(key);
    const stale =
      started !== undefined && (started < shared.validSince || areTagsExpired(tagsOf(data, ctx), started));
    labelPageForEdge(data as Parameters<typeof labelPageForEdge>[0], { stale });
    if (stale) return;
    await super.set(...args);
  }
}

/**
 * Expires tags in this process outside any request (for another process's expiry), as Next's
 * revalidateTag does within one: at once, so the next reader waits for a fresh render.
 */
export function expireTagsHere(tags: string[]): void {
  const now = Date.now();
  for (const tag of tags) tagsManifest.set(tag, { ...tagsManifest.get(tag), expired: now });
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
