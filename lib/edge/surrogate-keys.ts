import { edgeConfig, type SurrogateHeader } from "./config";

/** Next's per-path implicit tags; Keyframe expires pages by its own tags (lib/cache/tags.ts). */
const IMPLICIT_TAG_PREFIX = "_N_T_";

/** Fastly and Cloudflare both read at most 16 KB of keys from a response. */
export const MAX_SURROGATE_HEADER_BYTES = 16_384;

const UNCACHEABLE = "private, no-store";

/**
 * A cache tag as a surrogate key: keys are split on spaces and commas and must be printable ASCII,
 * so anything else is %-escaped. Pages and purges both go through here, so they always agree.
 */
export function surrogateKey(tag: string): string {
  return tag.replace(/[^\x21-\x7e]|[,%]/gu, (char) => encodeURIComponent(char));
}

/** The distinct surrogate keys of these cache tags. */
export function surrogateKeys(tags: Iterable<string>): string[] {
  const keys = [...tags].filter((tag) => tag && !tag.startsWith(IMPLICIT_TAG_PREFIX)).map(surrogateKey);
  return [...new Set(keys)];
}

/** The header value naming these tags ("" for none), or null when it is too long for an edge. */
export function surrogateHeaderValue(tags: readonly string[], header: SurrogateHeader): string | null {
  const value = surrogateKeys(tags).join(header.separator);
  return value.length > MAX_SURROGATE_HEADER_BYTES ? null : value;
}

type PageHeaders = Record<string, string | string[] | number | undefined>;
type PageEntry = { kind?: string; headers?: PageHeaders } | null | undefined;

/**
 * Labels a rendered page as Next stores it, for the edge. Next copies a stored page's headers to
 * every response of it, its first render (the MISS) as well as later HITs, but drops
 * `x-next-cache-tags` (next/dist/build/templates/app-page-runtime.js): the tags are written again
 * under the edge's header here. A page the cache refuses (`stale`: it read the database before a
 * change that has since expired it), or whose keys an edge could not read in full, goes out as
 * private, so no edge keeps a page that a purge could not reach.
 */
export function labelPageForEdge(
  entry: PageEntry,
  { stale, header = edgeConfig().header }: { stale: boolean; header?: SurrogateHeader | null },
): void {
  const headers = entry?.headers;
  const tags = headers?.["x-next-cache-tags"];
  if (!headers || typeof tags !== "string" || !(entry.kind === "APP_PAGE" || entry.kind === "APP_ROUTE")) return;
  if (stale) {
    headers["cache-control"] = UNCACHEABLE;
    return;
  }
  if (!header) return;
  const value = surrogateHeaderValue(tags.split(","), header);
  if (value === null) headers["cache-control"] = UNCACHEABLE;
  else if (value) headers[header.name.toLowerCase()] = value;
}
