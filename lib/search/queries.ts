import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { EntityType, SearchNameSource } from "@/lib/generated/prisma/enums";
import { hydrateMatches, type SearchResult } from "./hydrate";
import { SEARCH_PAGE_SIZE, type SearchKind } from "./schema";

export type { SearchResult } from "./hydrate";

const ENTITY_TYPE: Record<Exclude<SearchKind, "all">, EntityType> = {
  films: "FILM",
  people: "PERSON",
  characters: "CHARACTER",
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
};

/**
 * Each entry's best-matching name, best first. An exact name outranks a name that starts with the
 * query, which outranks the rest; within a tier, trigram similarity (typos, words inside longer
 * names) and full-text word matches (any word order) decide. Candidates come only from the
 * SearchName indexes: equality on the key, the full-text index, and the trigram index through the
 * `%` (whole name) and `<%` (a word inside the name) operators.
 */
function rankedMatches(query: string, kind: SearchKind, limit: number, offset: number) {
  const only = kind === "all" ? Prisma.empty : Prisma.sql`WHERE "entityType" = ${ENTITY_TYPE[kind]}::"EntityType"`;
  return db.$queryRaw<MatchRow[]>`
    WITH hits AS (
      SELECT s."entityType", s."entityId", s.name, s.source,
        CASE WHEN s.key = search_key(${query}) THEN 4
             WHEN starts_with(s.key, search_key(${query})) THEN 2 ELSE 0 END
        + word_similarity(search_key(${query}), s.key) + similarity(search_key(${query}), s.key)
        + CASE WHEN s.words @@ plainto_tsquery('simple', search_key(${query})) THEN 1 ELSE 0 END AS score
      FROM "SearchName" s
      WHERE s.key = search_key(${query})
         OR s.words @@ plainto_tsquery('simple', search_key(${query}))
         OR search_key(${query}) % s.key
         OR search_key(${query}) <% s.key
    ), best AS (
      SELECT DISTINCT ON ("entityType", "entityId") *
      FROM hits
      ORDER BY "entityType", "entityId", score DESC, length(name)
    ), counted AS (
      SELECT *,
        count(*) FILTER (WHERE "entityType" = 'FILM') OVER () AS films,
        count(*) FILTER (WHERE "entityType" = 'PERSON') OVER () AS people,
        count(*) FILTER (WHERE "entityType" = 'CHARACTER') OVER () AS characters
      FROM best
    )
    SELECT "entityType", "entityId", name, source, films, people, characters
    FROM counted ${only}
    ORDER BY score DESC, "entityType", length(name), "entityId"
    LIMIT ${limit} OFFSET ${offset}`;
}

function totalsOf(row: MatchRow | undefined): SearchTotals {
  const films = Number(row?.films ?? 0);
  const people = Number(row?.people ?? 0);
  const characters = Number(row?.characters ?? 0);
  return { all: films + people + characters, films, people, characters };
}

/** One page of films, people and characters matching the query, with the totals for each tab. */
export async function searchCatalogue(
  query: string,
  { kind = "all", page = 1, pageSize = SEARCH_PAGE_SIZE }: { kind?: SearchKind; page?: number; pageSize?: number } = {},
): Promise<SearchPage> {
  const rows = await rankedMatches(query, kind, pageSize, (page - 1) * pageSize);
  // A page past the end, or a tab with nothing in it, still needs every tab's total.
  const totals = totalsOf(rows[0] ?? (await rankedMatches(query, "all", 1, 0))[0]);
  const pageCount = Math.max(1, Math.ceil(totals[kind] / pageSize));
  return { results: await hydrateMatches(rows), totals, page, pageCount };
}
