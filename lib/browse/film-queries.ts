import "server-only";
import { config } from "@/lib/config";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { filmRowSelect, type FilmRow } from "@/lib/films/film-row";
import { resolveFilmFilters, type FilmFilters } from "./film-filters";
import { letterRanges } from "./letters";
import { offsetOf, paged, type Paged } from "./pagination";
import { FilmBrowseParamsSchema, type FilmSort } from "./schema";
import { pageSegments, type SegmentReader } from "./segments";

type FilmSegment = { where: Prisma.FilmWhereInput; orderBy: Prisma.FilmOrderByWithRelationInput[] };

/** Each filter but the letter is a condition one of Film's indexes answers: year, format, the tag tables', franchise. */
function filmWhere(filters: FilmFilters): Prisma.FilmWhereInput {
  const conditions: Prisma.FilmWhereInput[] = [];
  if (filters.year !== undefined) conditions.push({ year: filters.year });
  if (filters.decade !== undefined) conditions.push({ year: { gte: filters.decade, lt: filters.decade + 10 } });
  if (filters.format) conditions.push({ format: filters.format });
  if (filters.genreId !== undefined) conditions.push({ genres: { some: { genreId: filters.genreId } } });
  if (filters.themeId !== undefined) conditions.push({ themes: { some: { themeId: filters.themeId } } });
  if (filters.franchiseId !== undefined) conditions.push({ franchiseId: filters.franchiseId });
  return { AND: conditions };
}

// Every order ends on the id, so rows with equal titles or years never swap between pages.
const BY_TITLE = [{ title: "asc" }, { id: "asc" }] satisfies Prisma.FilmOrderByWithRelationInput[];

/**
 * The listing as segments read one after another (see `pageSegments`). By title, a letter's
 * ranges are segments of their own, each read in order by the title index. Newest first, the
 * films of known year are read backwards by the year index (which gives DESC NULLS FIRST; no
 * index gives DESC NULLS LAST), and those of unknown year follow by title.
 */
function filmSegments(filters: FilmFilters, sort: FilmSort): FilmSegment[] {
  const where = filmWhere(filters);
  const ranges = filters.letter ? letterRanges(filters.letter) : null;
  if (sort === "title") {
    if (!ranges) return [{ where, orderBy: BY_TITLE }];
    return ranges.map((title) => ({ where: { AND: [where, { title }] }, orderBy: BY_TITLE }));
  }
  const narrowed = ranges ? { AND: [where, { OR: ranges.map((title) => ({ title })) }] } : where;
  switch (sort) {
    case "newest":
      return [
        {
          where: { AND: [narrowed, { year: { not: null } }] },
          orderBy: [{ year: "desc" }, { title: "asc" }, { id: "asc" }],
        },
        { where: { AND: [narrowed, { year: null }] }, orderBy: BY_TITLE },
      ];
    case "oldest":
      // ASC NULLS LAST is the year index's own order, so films of unknown year come last for free.
      return [
        { where: narrowed, orderBy: [{ year: { sort: "asc", nulls: "last" } }, { title: "asc" }, { id: "asc" }] },
      ];
    case "added":
      return [{ where: narrowed, orderBy: [{ createdAt: "desc" }, { id: "desc" }] }];
  }
}

const filmReader: SegmentReader<FilmSegment, FilmRow> = {
  count: ({ where }) => db.film.count({ where }),
  rows: ({ where, orderBy }, skip, take) => db.film.findMany({ where, orderBy, skip, take, select: filmRowSelect }),
};

/** One page of films matching the filters, in the chosen order, in a bounded number of queries. */
export async function browseFilms(
  filters: FilmFilters,
  sort: FilmSort,
  page: number,
  pageSize = config().BROWSE_PAGE_SIZE,
): Promise<Paged<FilmRow>> {
  const { rows, total } = await pageSegments(
    filmSegments(filters, sort),
    filmReader,
    offsetOf(page, pageSize),
    pageSize,
  );
  return paged(rows, total, page, pageSize);
}

/** Genres and themes by name, for the filter form's choices and to read the filters' slugs. */
async function getFilmVocabulary() {
  const select = { id: true, slug: true, name: true } as const;
  const [genres, themes] = await Promise.all([
    db.genre.findMany({ orderBy: { name: "asc" }, select }),
    db.theme.findMany({ orderBy: { name: "asc" }, select }),
  ]);
  return { genres, themes };
}

/**
 * Everything a film listing shows, from its raw search params: /films, or with `fixed` a genre's or
 * theme's page, whose own facet comes from its address and not from the params.
 */
export async function getFilmBrowsePage(searchParams: unknown, fixed?: { facet: "genre" | "theme"; id: number }) {
  const vocabulary = await getFilmVocabulary();
  const parsed = FilmBrowseParamsSchema.parse(searchParams);
  const { params, filters, unknown } = resolveFilmFilters(
    fixed ? { ...parsed, [fixed.facet]: undefined } : parsed,
    vocabulary,
  );
  if (fixed?.facet === "genre") filters.genreId = fixed.id;
  if (fixed?.facet === "theme") filters.themeId = fixed.id;
  const result = await browseFilms(filters, params.sort, params.page);
  return { params, vocabulary, unknown, result };
}
