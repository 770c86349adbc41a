import { readOnlyEndpoint } from "@/lib/api/route";
import { getSearchJson } from "@/lib/api/entries";
import { SearchApiQuerySchema } from "@/lib/search/schema";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = readOnlyEndpoint({
  query: SearchApiQuerySchema,
  load: ({ query }) => getSearchJson(query),
});
