import { z } from "zod";
import { FILM_FORMATS } from "@/lib/format/labels";

/** The A–Z filter: a first letter, or "#" for titles and names that start with anything else. */
export const LETTERS = [..."ABCDEFGHIJKLMNOPQRSTUVWXYZ", "#"] as const;
export type Letter = (typeof LETTERS)[number];

export const FILM_SORTS = ["title", "newest", "oldest", "added"] as const;
export type FilmSort = (typeof FILM_SORTS)[number];

export const NAME_SORTS = ["name", "name-desc"] as const;
export type NameSort = (typeof NAME_SORTS)[number];

/**
 * The deepest page any listing offers. OFFSET paging reads every row before the page, so this
 * bounds the work of one request: 10,000 rows at 50 a page, still a walk along the title index
 * (at 50,000 PostgreSQL would rather sort the whole table). Past it, the filters narrow the set.
 */
export const MAX_PAGE = 200;

export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

/** One value of a search param: the first when repeated, nothing when empty. */
function single(value: unknown): string | undefined {
  const first = Array.isArray(value) ? (value as unknown[])[0] : value;
  if (typeof first !== "string") return undefined;
  const trimmed = first.trim();
  return trimmed === "" ? undefined : trimmed;
}

/** A search param that is dropped, never an error, when it is missing or makes no sense. */
function optionalParam<T extends z.ZodType>(schema: T) {
  return z.preprocess(single, schema.optional()).catch(undefined);
}

const LetterParam = z.preprocess((value) => single(value)?.toUpperCase(), z.enum(LETTERS).optional()).catch(undefined);

const YearParam = optionalParam(z.coerce.number().int().min(MIN_YEAR).max(MAX_YEAR));

/** A decade by its first year, "1990"; "1990s" reads the same. */
const DecadeParam = optionalParam(
  z
    .string()
    .regex(/^\d{4}s?$/)
    .transform((value) => Number.parseInt(value, 10))
    .pipe(z.number().multipleOf(10).min(MIN_YEAR).max(MAX_YEAR)),
);

const SlugParam = optionalParam(z.string().max(100));

/** A page number; past the deepest page it is the deepest page, anything else unreadable is page 1. */
const PageParam = z
  .preprocess(
    single,
    z
      .string()
      .regex(/^\d+$/)
      .transform((value) => Math.min(Math.max(Number(value), 1), MAX_PAGE)),
  )
  .catch(1);

export const FilmBrowseParamsSchema = z.object({
  letter: LetterParam,
  year: YearParam,
  decade: DecadeParam,
  format: optionalParam(z.enum(FILM_FORMATS)),
  genre: SlugParam,
  theme: SlugParam,
  sort: z.preprocess(single, z.enum(FILM_SORTS)).catch("title"),
  page: PageParam,
});

export type FilmBrowseParams = z.infer<typeof FilmBrowseParamsSchema>;

export const NameBrowseParamsSchema = z.object({
  letter: LetterParam,
  sort: z.preprocess(single, z.enum(NAME_SORTS)).catch("name"),
  page: PageParam,
});

export type NameBrowseParams = z.infer<typeof NameBrowseParamsSchema>;

/** Listings without filters (the franchises index, a franchise's films) take only a page. */
export const PageParamsSchema = z.object({ page: PageParam });
