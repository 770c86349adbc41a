import { getLookupJson } from "@/lib/api/entries";
import { orNotFound } from "@/lib/api/errors";
import { readOnlyEndpoint } from "@/lib/api/route";
import { LookupQuerySchema } from "@/lib/links/schema";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = readOnlyEndpoint({
  query: LookupQuerySchema,
  load: async ({ query }) => orNotFound(await getLookupJson(query), `No work links to ${query.site} id "${query.id}".`),
});
