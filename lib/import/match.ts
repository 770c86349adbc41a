import type { Prisma } from "@/lib/generated/prisma/client";
import { linkKey } from "@/lib/submissions/sections/links/schema";
import type { MappedWork } from "./values";

type Tx = Prisma.TransactionClient;

/** The works that already hold any of these links, by link ("mal:1462" → film id), read in one query. */
export async function linkOwners(tx: Tx, works: readonly MappedWork[]): Promise<Map<string, number>> {
  const links = works.flatMap((work) => work.values.links.links);
  if (links.length === 0) return new Map();
  const rows = await tx.$queryRaw<{ site: string; externalId: string; filmId: number }[]>`
    SELECT link.site, link."externalId", link."filmId"
    FROM unnest(${links.map((link) => link.site)}::text[], ${links.map((link) => link.id)}::text[]) AS wanted(site, id)
    JOIN "FilmLink" link ON link.site = wanted.site AND link."externalId" = wanted.id`;
  return new Map(rows.map((row) => [`${row.site}:${row.externalId}`, row.filmId]));
}

/** The first work not yet claimed by another item that holds one of the item's links. */
export function matchByLinks(work: MappedWork, owners: Map<string, number>, claimed: Set<number>): number | null {
  for (const link of work.values.links.links) {
    const owner = owners.get(linkKey(link));
    if (owner !== undefined && !claimed.has(owner)) return owner;
  }
  return null;
}

/**
 * Works whose title, native title, romanised title or an alternative title is one of the item's
 * titles (folded as search folds names: case, width, accents) and whose year is the item's, by
 * item index, lowest film id first. One query for all items.
 */
export async function titleCandidates(tx: Tx, works: readonly MappedWork[]): Promise<Map<number, number[]>> {
  const wanted = works.flatMap((work) =>
    work.matchTitles.map((title) => ({ index: work.index, title, year: work.year })),
  );
  if (wanted.length === 0) return new Map();
  const rows = await tx.$queryRaw<{ index: number; filmId: number }[]>`
    WITH wanted AS (
      SELECT w.index, search_key(w.title) AS key, w.year
      FROM unnest(${wanted.map((row) => row.index)}::int[], ${wanted.map((row) => row.title)}::text[],
                  ${wanted.map((row) => row.year)}::int[]) AS w(index, title, year)
    )
    SELECT DISTINCT wanted.index, film.id AS "filmId"
    FROM wanted
    JOIN "SearchName" name ON name.key = wanted.key AND name."entityType" = 'FILM'
      AND name.source IN ('NAME', 'NATIVE_NAME', 'ALIAS')
    JOIN "Film" film ON film.id = name."entityId" AND film.year = wanted.year
    UNION
    SELECT wanted.index, film.id
    FROM wanted
    JOIN "Film" film ON film.year = wanted.year AND film."romanisedTitle" IS NOT NULL
      AND search_key(film."romanisedTitle") = wanted.key
    ORDER BY 1, 2`;
  const candidates = new Map<number, number[]>();
  for (const row of rows) {
    if (!candidates.has(row.index)) candidates.set(row.index, []);
    candidates.get(row.index)!.push(row.filmId);
  }
  return candidates;
}
