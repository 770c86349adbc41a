import "server-only";
import { cachedRead } from "@/lib/cache/cached-read";
import { cacheTags } from "@/lib/cache/tags";
import { wikiLinkTargets } from "./links";
import { resolveWikiLinks } from "./resolve";

const TAG_OF = { film: cacheTags.film, person: cacheTags.person, character: cacheTags.character } as const;

/**
 * The entries a text links to, cached under each target's tag: creating, renaming or removing a
 * linked entry refreshes the pages that link to it, and only those.
 */
export const getCachedWikiLinks = cachedRead(
  "wiki-links",
  (text: string) => resolveWikiLinks(text),
  (text) => wikiLinkTargets(text).map((target) => TAG_OF[target.kind](target.slug)),
);
