import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { EntityType } from "@/lib/generated/prisma/enums";
import { ENTRY_KINDS, entryHref } from "@/lib/entries/kinds";
import { entryTable } from "@/lib/entries/registry";
import { getSeasonIndex } from "@/lib/seasons/queries";
import { seasonPath } from "@/lib/seasons/season";
import { episodeHref } from "@/lib/episodes/codes";

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
  "/studios",
  "/genres",
  "/themes",
  "/seasons",
  "/lists",
  "/recent-changes",
];

export type SitemapPage = { path: string; lastModified: Date | null };

/** Ids in (gt, lte]: chunk n of a table holds the ids n·size+1 … (n+1)·size, whatever rows exist. */
type IdRange = { gt: number; lte: number };

type SitemapSource = {
  /** The table and its date column for the index's aggregate: constants, never input. */
  table: Prisma.Sql;
  lastModified: Prisma.Sql;
  where: Prisma.Sql;
  read(id: IdRange): Promise<SitemapPage[]>;
};

const path = (section: string, slug: string) => `/${section}/${encodeURIComponent(slug)}`;
const byId = { orderBy: { id: "asc" } } as const;

/** An entry kind's pages, read from the table the registry names for it. */
function entryPages(entityType: EntityType): SitemapSource {
  const { table } = entryTable(entityType);
  return {
    table,
    lastModified: Prisma.raw('max("updatedAt")'),
    where: Prisma.empty,
    read: async (id) =>
      (
        await db.$queryRaw<{ slug: string; updatedAt: Date }[]>`
          SELECT slug, "updatedAt" FROM ${table} WHERE id > ${id.gt} AND id <= ${id.lte} ORDER BY id`
      ).map((row) => ({ path: entryHref(entityType, row.slug), lastModified: row.updatedAt })),
  };
}

/** Every registered kind of entry, under the plural its pages live under. */
const REGISTERED = Object.fromEntries(
  Object.values(ENTRY_KINDS).map((kind) => [kind.plural, entryPages(kind.entityType)]),
) as Record<(typeof ENTRY_KINDS)[EntityType]["plural"], SitemapSource>;

// Each chunk is read with a range on the primary key, selecting only what the sitemap prints.
const SOURCES = {
  ...REGISTERED,
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
  // A series' episodes, each with a page of its own; they change with their work, which carries the date.
  episodes: {
    table: Prisma.raw('"Episode"'),
    lastModified: Prisma.raw("NULL::timestamp"),
    where: Prisma.empty,
    read: async (id) =>
      (
        await db.episode.findMany({
          where: { id },
          ...byId,
          select: { kind: true, number: true, film: { select: { slug: true } } },
        })
      ).map((episode) => ({ path: episodeHref(encodeURIComponent(episode.film.slug), episode), lastModified: null })),
  },
} satisfies Record<string, SitemapSource>;

export const SITEMAP_KINDS = ["pages", ...(Object.keys(SOURCES) as (keyof typeof SOURCES)[])] as const;

export type SitemapKind = (typeof SITEMAP_KINDS)[number];

export type SitemapChunk = { kind: SitemapKind; chunk: number; lastModified: Date | null };

const MAX_ID = 2_147_483_647;

/** The pages with no entry behind them, and every season that has works (a few hundred at most). */
async function fixedPages(): Promise<SitemapPage[]> {
  const seasons = await getSeasonIndex();
  return [...FIXED_PATHS, ...seasons.map(seasonPath)].map((address) => ({ path: address, lastModified: null }));
}

/**
 * Every chunk that holds at least one page, with its newest change: one aggregate query per kind
 * of entry, however many rows there are.
 */
export async function getSitemapChunks(chunkSize = SITEMAP_CHUNK_SIZE): Promise<SitemapChunk[]> {
  const kinds = Object.entries(SOURCES) as [keyof typeof SOURCES, SitemapSource][];
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
  if (kind === "pages") return chunk === 0 ? fixedPages() : [];
  const gt = chunk * chunkSize;
  // Ids are PostgreSQL integers; a range past them holds nothing and must not reach the query.
  if (!Number.isSafeInteger(gt) || gt >= MAX_ID) return [];
  return SOURCES[kind].read({ gt, lte: Math.min(gt + chunkSize, MAX_ID) });
}
