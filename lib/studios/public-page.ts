import "server-only";
import { cachedRead } from "@/lib/cache/cached-read";
import { cacheTags } from "@/lib/cache/tags";
import { getStudioPage } from "./queries";

/** The studio page's data, cached until a change to the studio or to the works crediting it. */
export const getPublicStudioPage = cachedRead(
  "studio-page",
  (slug: string) => getStudioPage(slug),
  (slug) => [cacheTags.studio(slug)],
);
