import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

/** The protocol's limit of addresses per sitemap file. */
export const SITEMAP_CHUNK_SIZE = 50_000;

/** Public pages with no entry behind them; they change with every edit, so they carry no date. */
const FIXED_PATHS = [
  "/",
  "/about",
  "/films",
  "/franchises",
  "/people",
  "/characters",
  "/genres",
  "/themes",
  "/lists",
  "/recent-changes",
];

export type SitemapPage = { path: string; lastModified: Date | null };

/** Ids in (gt, lte]: chunk n of a table holds the ids n·size+1 … (n+1)·size, whatever rows exist. */
type IdRange = { gt: number; lte: number };

type EntryKind = {
  /** The table and its date column for the index's aggregate: constants, never input. */
  table: Prisma.Sql;
  lastModified: Prisma.Sql;
  where: Prisma.Sql;
  read(id: IdRange): Promise<SitemapPage[]>;
};

const path = (section: string, slug: string) => `/${section}/${encodeURIComponent(slug)}`;
const byId = { orderBy: { id: "asc" } } as const;

// Each chunk is read with a range on the primary key, selecting only what the sitemap prints.
const ENTRY_KINDS = {
  films: {
    table: Prisma.raw('"Film"'),
    lastModified: Prisma.raw('max("updatedAt")'),
    where: Prisma.empty,
    read: async (id) =>
      (await db.film.findMany({ where: { id }, ...byId, select: { slug: true, updatedAt: true } })).map((film) => ({
        path: path("films", film.slug),
        lastModified: film.updatedAt,
      })),
  },
  people: {
    table: Prisma.raw('"Person"'),
    lastModified: Prisma.raw('max("updatedAt")'),
    where: Prisma.empty,
    read: async (id) =>
      (await db.person.findMany({ where: { id }, ...byId, select: { slug: true, updatedAt: true } })).map((person) => ({
        path: path("people", person.slug),
        lastModified: person.updatedAt,
      })),
  },
  characters: {
    table: Prisma.raw('"Character"'),
    lastModified: Prisma.raw('max("updatedAt")'),
    where: Prisma.empty,
    read: async (id) =>
      (await db.character.findMany({ where: { id }, ...byId, select: { slug: true, updatedAt: true } })).map(
        (character) => ({ path: path("characters", character.slug), lastModified: character.updatedAt }),
      ),
  },
  // Unlisted lists are shared by link alone and private ones are their owner's: only PUBLIC is listed.
  lists: {
    table: Prisma.raw('"List"'),
    lastModified: Prisma.raw('max("updatedAt")'),
    where: Prisma.sql`WHERE visibility = 'PUBLIC'`,
    read: async (id) =>
      (
        await db.list.findMany({
          where: { id, visibility: "PUBLIC" },
          ...byId,
          select: { id: true, updatedAt: true },
        })
      ).map((list) => ({ path: `/lists/${list.id}`, lastModified: list.updatedAt })),
  },
  genres: {
    table: Prisma.raw('"Genre"'),
    lastModified: Prisma.raw("NULL::timestamp"),
    where: Prisma.empty,
    read: async (id) =>
      (await db.genre.findMany({ where: { id }, ...byId, select: { slug: true } })).map((genre) => ({
        path: path("genres", genre.slug),
        lastModified: null,
      })),
  },
  themes: {
    table: Prisma.raw('"Theme"'),
    lastModified: Prisma.raw("NULL::timestamp"),
    where: Prisma.empty,
    read: async (id) =>
      (await db.theme.findMany({ where: { id }, ...byId, select: { slug: true } })).map((theme) => ({
        path: path("themes", theme.slug),
        lastModified: null,
      })),
  },
  franchises: {
    table: Prisma.raw('"Franchise"'),
    lastModified: Prisma.raw("NULL::timestamp"),
    where: Prisma.empty,
    read: async (id) =>
      (await db.franchise.findMany({ where: { id }, ...byId, select: { slug: true } })).map((franchise) => ({
        path: path("franchises", franchise.slug),
        lastModified: null,
      })),
  },
} satisfies Record<string, EntryKind>;

export const SITEMAP_KINDS = ["pages", ...(Object.keys(ENTRY_KINDS) as (keyof typeof ENTRY_KINDS)[])] as const;

export type SitemapKind = (typeof SITEMAP_KINDS)[number];

export type SitemapChunk = { kind: SitemapKind; chunk: number; lastModified: Date | null };

const MAX_ID = 2_147_483_647;

/**
 * Every chunk that holds at least one page, with its newest change: one aggregate query per kind
 * of entry, however many rows there are.
 */
export async function getSitemapChunks(chunkSize = SITEMAP_CHUNK_SIZE): Promise<SitemapChunk[]> {
  const kinds = Object.entries(ENTRY_KINDS) as [keyof typeof ENTRY_KINDS, EntryKind][];
  const perKind = await Promise.all(
    kinds.map(async ([kind, entry]) => {
      const rows = await db.$queryRaw<{ chunk: number; lastModified: Date | null }[]>`
        SELECT ((id - 1) / ${chunkSize}::int)::int AS chunk, ${entry.lastModified} AS "lastModified"
        FROM ${entry.table} ${entry.where}
        GROUP BY 1 ORDER BY 1`;
      return rows.map((row): SitemapChunk => ({ kind, chunk: row.chunk, lastModified: row.lastModified }));
    }),
  );
  return [{ kind: "pages", chunk: 0, lastModified: null }, ...perKind.flat()];
}

/** The pages of one chunk, in id order; empty when the chunk holds none. */
export async function getSitemapChunk(
  kind: SitemapKind,
  chunk: number,
  chunkSize = SITEMAP_CHUNK_SIZE,
): Promise<SitemapPage[]> {
  if (kind === "pages") return chunk === 0 ? FIXED_PATHS.map((fixed) => ({ path: fixed, lastModified: null })) : [];
  const gt = chunk * chunkSize;
  // Ids are PostgreSQL integers; a range past them holds nothing and must not reach the query.
  if (!Number.isSafeInteger(gt) || gt >= MAX_ID) return [];
  return ENTRY_KINDS[kind].read({ gt, lte: Math.min(gt + chunkSize, MAX_ID) });
}
