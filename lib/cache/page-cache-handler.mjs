// Next's own file-system cache for rendered pages, which keeps each cached page's HTML in ASCII
// (see ascii-html.mjs) so that serving it is cheap. Configured as `cacheHandler` in next.config.ts.
import { createRequire } from "node:module";
import { toAsciiHtml } from "./ascii-html.mjs";

// Next's default handler, extended rather than rewritten: it keeps the memory cache, the files on
// disk and tag expiry exactly as Next does them.
const { default: FileSystemCache } = createRequire(import.meta.url)(
  "next/dist/server/lib/incremental-cache/file-system-cache.js",
);

/** Entries already converted; the cache hands out the same entry object until it is replaced. */
const converted = new WeakSet();

export default class PageCacheHandler extends FileSystemCache {
  /** @param {unknown[]} args */
  async get(...args) {
    const entry = await super.get(...args);
    const value = entry?.value;
    if (value?.kind === "APP_PAGE" && typeof value.html === "string" && !converted.has(value)) {
      value.html = toAsciiHtml(value.html);
      converted.add(value);
    }
    return entry;
  }
}
