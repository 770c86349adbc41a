import "server-only";
import { db, replicaDb } from "@/lib/db";
import type { PrismaClient } from "@/lib/prisma-client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { EntityType, SearchNameSource } from "@/lib/generated/prisma/enums";
import { hydrateMatches, type SearchResult } from "./hydrate";
import { SEARCH_PAGE_SIZE, type SearchKind } from "./schema";

export type { SearchResult } from "./hydrate";

const ENTITY_TYPE: Record<Exclude<SearchKind, "all">, EntityType> = {
  films: "FILM",
  people: "PERSON",
  characters: "CHARACTER",
  studios: "STUDIO",
};

export type SearchTotals = Record<SearchKind, number>;

export type SearchPage = {
  results: SearchResult[];
  totals: SearchTotals;
  page: number;
  pageCount: number;
};

type MatchRow = {
  entityType: EntityType;
  entityId: number;
  name: string;
  source: SearchNameSource;
  films: bigint;
  people: bigint;
  characters: bigint;
  studios: bigint;
};

/**
 * Fewer word matches than this, none of them naming every word of the search in full, and the
 * search is probably misspelt: look for similar names too.
 */
const FUZZY_BELOW = 20;
const SHORT_SEARCH = 10;

/**
 * Each entry's best-matching name, best first. Word matches come from the full-text index (every
 * word of the search, the last one as a prefix, in any order; or the whole search without spaces as
 * the start of a name) and rank an exact name first, then names starting with the search (both
 * compared without spaces or punctuation, so "shingekinokyojin" is exact for "Shingeki no Kyojin"),
 * then the rest; within each, names the search covers more of. Only when words find little does the
 * trigram index look for misspellings (`%`: the whole name; `<%`: a word inside it), ranked below
 * any word match by similarity: trigram scoring costs far more than word matching, and a search for
 * a common name would otherwise score thousands of rows. A search that is some name without its
 * spaces, or whose every word some name has in full, is spelt right: it looks no further. The search is folded once (`typed`, read
 * through scalar subqueries that run once), not once for each name it is compared with.
 */
function rankedMatches(reader: PrismaClient, query: string, kind: SearchKind, limit: number, offset: number) {
  const only = kind === "all" ? Prisma.empty : Prisma.sql`WHERE "entityType" = ${ENTITY_TYPE[kind]}::"EntityType"`;
  return reader.$queryRaw<MatchRow[]>`
    WITH typed AS MATERIALIZED (
      SELECT key, search_compact(key) AS compact, search_words(${query}) AS words,
        plainto_tsquery('simple', search_grams(key)) AS whole
      FROM search_key(${query}) AS key
    ), worded AS (
      SELECT s."entityType", s."entityId", s.name, s.source,
        CASE WHEN s.key = (SELECT key FROM typed) OR s.compact = (SELECT compact FROM typed) THEN 6
             WHEN starts_with(s.compact, (SELECT compact FROM typed)) THEN 4 ELSE 2 END
        + length((SELECT compact FROM typed))::real / greatest(length(s.compact), 1) AS score,
        s.compact = (SELECT compact FROM typed) OR s.words @@ (SELECT whole FROM typed) AS spelt
      FROM "SearchName" s
      WHERE s.key = (SELECT key FROM typed) OR s.words @@ (SELECT words FROM typed)
    ), misspelt AS MATERIALIZED (
      SELECT count(*) < ${FUZZY_BELOW} AND NOT coalesce(bool_or(spelt), false) AS likely FROM worded
    ), fuzzy AS (
      SELECT s."entityType", s."entityId", s.name, s.source, word_similarity((SELECT key FROM typed), s.key) AS score,
        false AS spelt
      FROM "SearchName" s
      WHERE (SELECT likely FROM misspelt) AND (SELECT key FROM typed) <% s.key
      UNION ALL
      -- A short misspelt word may fall short of <% yet be close to a whole short name. Asked of
      -- long searches, % would read thousands of candidates for nothing <% does not find.
      SELECT s."entityType", s."entityId", s.name, s.source, similarity((SELECT key FROM typed), s.key) AS score,
        false AS spelt
      FROM "SearchName" s
      WHERE (SELECT likely FROM misspelt)
        AND length((SELECT key FROM typed)) <= ${SHORT_SEARCH}
        AND (SELECT key FROM typed) % s.key
    ), best AS (
      SELECT DISTINCT ON ("entityType", "entityId") *
      FROM (SELECT * FROM worded UNION ALL SELECT * FROM fuzzy) hits
      ORDER BY "entityType", "entityId", score DESC, length(name)
    ), counted AS (
      SELECT *,
        count(*) FILTER (WHERE "entityType" = 'FILM') OVER () AS films,
        count(*) FILTER (WHERE "entityType" = 'PERSON') OVER () AS people,
        count(*) FILTER (WHERE "entityType" = 'CHARACTER') OVER () AS characters,
        count(*) FILTER (WHERE "entityType" = 'STUDIO') OVER () AS studios
      FROM best
    )
    SELECT "entityType", "entityId", name, source, films, people, characters, studios
    FROM counted ${only}
    ORDER BY score DESC, "entityType", length(name), "entityId"
    LIMIT ${limit} OFFSET ${offset}`;
}

function totalsOf(row: MatchRow | undefined): SearchTotals {
  const films = Number(row?.films ?? 0);
  const people = Number(row?.people ?? 0);
  const characters = Number(row?.characters ?? 0);
  const studios = Number(row?.studios ?? 0);
  return { all: films + people + characters + studios, films, people, characters, studios };
}

type SearchOptions = { kind?: SearchKind; page?: number; pageSize?: number; reader?: PrismaClient };

/** One page of films, people, characters and studios matching the query, with the totals for each tab. */
export async function searchCatalogue(
  query: string,
  {
    kind = "all",
    page = 1,
    pageSize = SEARCH_PAGE_SIZE,
    reader = db,
  }: SearchOptions = {},
): Promise<SearchPage> {
  const rows = await rankedMatches(reader, query, kind, pageSize, (page - 1) * pageSize);
  // A page past the end, or a tab with nothing in it, still needs every tab's total.
  const totals = totalsOf(rows[0] ?? (await rankedMatches(reader, query, "all", 1, 0))[0]);
  const pageCount = Math.max(1, Math.ceil(totals[kind] / pageSize));
  return { results: await hydrateMatches(rows, reader), totals, page, pageCount };
}

/**
 * The search page's and the API's search: public, one per query and kept in no cache that an
 * expiry reaches, so a read replica may answer it (lib/db.ts `replicaDb`). A search in a write path
 * (naming a film on a list) calls searchCatalogue, on the primary.
 */
export function searchPublicCatalogue(query: string, options: Omit<SearchOptions, "reader"> = {}): Promise<SearchPage> {
  return searchCatalogue(query, { ...options, reader: replicaDb });
}
