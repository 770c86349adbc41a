import { z } from "zod";

export const SEARCH_QUERY_MAX = 200;

export const SearchQuerySchema = z
  .string()
  .trim()
  .max(SEARCH_QUERY_MAX, `Searches can be at most ${SEARCH_QUERY_MAX} characters long.`);
