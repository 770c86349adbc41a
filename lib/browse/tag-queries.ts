import "server-only";
import { cache } from "react";
import { config } from "@/lib/config";
import { db } from "@/lib/db";
import { offsetOf, paged } from "./pagination";

const tagPageSelect = { id: true, slug: true, name: true, description: true } as const;

// Cached per request: a page and its metadata share one read.
export const getGenre = cache(async (slug: string) => db.genre.findUnique({ where: { slug }, select: tagPageSelect }));

export const getTheme = cache(async (slug: string) => db.theme.findUnique({ where: { slug }, select: tagPageSelect }));

export const getFranchise = cache(async (slug: string) =>
  db.franchise.findUnique({ where: { slug }, select: tagPageSelect }),
);

export type TagSummary = { slug: string; name: string; filmCount: number };

/** Every genre by name with its number of films, kept on the genre by the database. */
export async function getGenreIndex(): Promise<TagSummary[]> {
  return db.genre.findMany({ orderBy: { name: "asc" }, select: { slug: true, name: true, filmCount: true } });
}

export async function getThemeIndex(): Promise<TagSummary[]> {
  return db.theme.findMany({ orderBy: { name: "asc" }, select: { slug: true, name: true, filmCount: true } });
}

/**
 * Franchises a page at a time with their numbers of films. Ordered by slug, which follows the name
 * and, unlike the name, has an index; the films are counted for this page's franchises only, by
 * the Film(franchiseId) index.
 */
export async function browseFranchises(page: number, pageSize = config().BROWSE_PAGE_SIZE) {
  const [franchises, total] = await Promise.all([
    db.franchise.findMany({
      orderBy: { slug: "asc" },
      skip: offsetOf(page, pageSize),
      take: pageSize,
      select: { id: true, slug: true, name: true },
    }),
    db.franchise.count(),
  ]);
  const counts =
    franchises.length === 0
      ? []
      : await db.film.groupBy({
          by: ["franchiseId"],
          where: { franchiseId: { in: franchises.map((franchise) => franchise.id) } },
          _count: { _all: true },
        });
  const filmCounts = new Map(counts.map((row) => [row.franchiseId, row._count._all]));
  const rows = franchises.map(({ id, slug, name }) => ({ slug, name, filmCount: filmCounts.get(id) ?? 0 }));
  return paged(rows, total, page, pageSize);
}
