import "server-only";
import { cachedRead } from "@/lib/cache/cached-read";
import { cacheTags } from "@/lib/cache/tags";
import { getPersonPage } from "./queries";

/** The person page's data, cached until a change to the person or to a film they are on. */
export const getPublicPersonPage = cachedRead(
  "person-page",
  (slug: string) => getPersonPage(slug),
  (slug) => [cacheTags.person(slug)],
);
