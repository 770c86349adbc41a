import "server-only";
import { cachedRead } from "@/lib/cache/cached-read";
import { cacheTags } from "@/lib/cache/tags";
import { getEpisodePage } from "./queries";

/** An episode's page is part of its work: an approval that changes the work expires it with the work's page. */
export const getPublicEpisodePage = cachedRead("episode-page", getEpisodePage, (slug) => [cacheTags.film(slug)]);
