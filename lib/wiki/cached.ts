import "server-only";
import { cachedRead } from "@/lib/cache/cached-read";
import { cacheTags } from "@/lib/cache/tags";
import { wikiLinkTargets } from "./links";
import { resolveWikiLinks } from "./resolve";

/**
 * The entries a text links to, cached under each target's tag: creating, renaming or removing a
 * linked entry refreshes the pages that link to it, and only those.
 */
export const getCachedWikiLinks = cachedRead(
  "wiki-links",
  (text: string) => resolveWikiLinks(text),
  (text) => wikiLinkTargets(text).map((target) => cacheTags[target.kind](target.slug)),
);
