import "server-only";
import { cachedRead } from "@/lib/cache/cached-read";
import { cacheTags } from "@/lib/cache/tags";
import { getCharacterPage } from "./queries";

/** The character page's data, cached until a change to the character or to a film they are in. */
export const getPublicCharacterPage = cachedRead(
  "character-page",
  (slug: string) => getCharacterPage(slug),
  (slug) => [cacheTags.character(slug)],
);
