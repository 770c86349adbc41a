import { z } from "zod";

export const SEARCH_QUERY_MAX = 200;
export const SEARCH_PAGE_SIZE = 20;
export const SUGGESTION_LIMIT = 8;

export const SEARCH_KINDS = ["all", "films", "people", "characters", "studios"] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export const SearchQuerySchema = z
  .string()
  .trim()
  .max(SEARCH_QUERY_MAX, `Searches can be at most ${SEARCH_QUERY_MAX} characters long.`);

const firstValue = (value: unknown) => (Array.isArray(value) ? value[0] : value);

/**
 * The search page's URL parameters. Only the query can be wrong in a way worth telling the reader;
 * a mistyped kind or page falls back to the first tab and page.
 */
export const SearchParamsSchema = z.object({
  q: z.preprocess((value) => firstValue(value) ?? "", z.string()),
  type: z.preprocess(firstValue, z.enum(SEARCH_KINDS).catch("all")).default("all"),
  page: z.preprocess(firstValue, z.coerce.number().int().min(1).max(10_000).catch(1)).default(1),
});
export type SearchParams = z.infer<typeof SearchParamsSchema>;

/** `GET /api/v1/search`: stricter than the page, since a program can be told exactly what was wrong. */
export const SearchApiQuerySchema = z.strictObject({
  q: z
    .string()
    .trim()
    .min(1, "give something to search for")
    .max(SEARCH_QUERY_MAX, `at most ${SEARCH_QUERY_MAX} characters`),
  type: z.enum(SEARCH_KINDS).default("all"),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  limit: z.coerce.number().int().min(1).max(50).default(SEARCH_PAGE_SIZE),
});
