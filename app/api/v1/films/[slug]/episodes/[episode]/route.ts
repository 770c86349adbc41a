import { getEpisodeJson } from "@/lib/api/entries";
import { orNotFound } from "@/lib/api/errors";
import { NoQuerySchema } from "@/lib/api/query";
import { readOnlyEndpoint } from "@/lib/api/route";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = readOnlyEndpoint({
  query: NoQuerySchema,
  load: async ({ params }: { params: { slug: string; episode: string } }) =>
    orNotFound(
      await getEpisodeJson(params.slug, params.episode),
      `"${params.slug}" has no episode "${params.episode}".`,
    ),
});
