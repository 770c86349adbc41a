import { getSeasonJson } from "@/lib/api/entries";
import { orNotFound } from "@/lib/api/errors";
import { NoQuerySchema } from "@/lib/api/query";
import { readOnlyEndpoint } from "@/lib/api/route";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = readOnlyEndpoint({
  query: NoQuerySchema,
  load: async ({ params }: { params: { year: string; season: string } }) =>
    orNotFound(
      await getSeasonJson(params.year, params.season),
      `No season is called "${params.year}/${params.season}": give a year and winter, spring, summer or fall.`,
    ),
});
