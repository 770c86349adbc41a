import { slugify } from "@/lib/format/slug";
import { sameName } from "../shared-schema";
import type { Tx } from "../types";

export type TagRow = { id: number; name: string; slug: string };

/** One vocabulary (genres, themes, concepts) and the film's links to it. */
export type TagTable = {
  vocabulary(tx: Tx): Promise<{ name: string }[]>;
  matching(tx: Tx, where: ReturnType<typeof nameFilter>): Promise<TagRow[]>;
  createMissing(tx: Tx, rows: { name: string; slug: string }[]): Promise<void>;
  linked(tx: Tx, filmId: number): Promise<string[]>;
  relink(tx: Tx, filmId: number, ids: number[]): Promise<void>;
};

const tagSelect = { id: true, name: true, slug: true } as const;

/** A name matches a row spelled the same in any case, or one whose slug it would take. */
function nameFilter(names: readonly string[]) {
  return {
    OR: names.flatMap((name) => [{ name: { equals: name, mode: "insensitive" as const } }, { slug: slugify(name) }]),
  };
}

export function rowFor(rows: readonly TagRow[], name: string): TagRow | undefined {
  return rows.find((row) => sameName(row.name, name)) ?? rows.find((row) => row.slug === slugify(name));
}

/** The rows these names already have, in one query. */
export async function existingRows(tx: Tx, table: TagTable, names: readonly string[]): Promise<TagRow[]> {
  return names.length === 0 ? [] : table.matching(tx, nameFilter(names));
}

/** The rows for these names, creating the ones the vocabulary lacks; a fixed number of queries. */
export async function ensureRows(tx: Tx, table: TagTable, names: readonly string[]): Promise<TagRow[]> {
  const existing = await existingRows(tx, table, names);
  const missing = names.filter((name) => !rowFor(existing, name));
  if (missing.length === 0) return existing;
  // skipDuplicates: another edit may create the same name between our read and this write.
  await table.createMissing(
    tx,
    missing.map((name) => ({ name, slug: slugify(name) })),
  );
  return existingRows(tx, table, names);
}

export const genreTable: TagTable = {
  vocabulary: (tx) => tx.genre.findMany({ orderBy: { name: "asc" }, select: { name: true } }),
  matching: (tx, where) => tx.genre.findMany({ where, select: tagSelect }),
  createMissing: async (tx, rows) => void (await tx.genre.createMany({ data: rows, skipDuplicates: true })),
  linked: async (tx, filmId) =>
    (await tx.filmGenre.findMany({ where: { filmId }, select: { genre: { select: { name: true } } } })).map(
      (link) => link.genre.name,
    ),
  relink: async (tx, filmId, ids) => {
    await tx.filmGenre.deleteMany({ where: { filmId } });
    await tx.filmGenre.createMany({ data: ids.map((genreId) => ({ filmId, genreId })) });
  },
};

export const themeTable: TagTable = {
  vocabulary: (tx) => tx.theme.findMany({ orderBy: { name: "asc" }, select: { name: true } }),
  matching: (tx, where) => tx.theme.findMany({ where, select: tagSelect }),
  createMissing: async (tx, rows) => void (await tx.theme.createMany({ data: rows, skipDuplicates: true })),
  linked: async (tx, filmId) =>
    (await tx.filmTheme.findMany({ where: { filmId }, select: { theme: { select: { name: true } } } })).map(
      (link) => link.theme.name,
    ),
  relink: async (tx, filmId, ids) => {
    await tx.filmTheme.deleteMany({ where: { filmId } });
    await tx.filmTheme.createMany({ data: ids.map((themeId) => ({ filmId, themeId })) });
  },
};

export const conceptTable: TagTable = {
  vocabulary: (tx) => tx.concept.findMany({ orderBy: { name: "asc" }, select: { name: true } }),
  matching: (tx, where) => tx.concept.findMany({ where, select: tagSelect }),
  createMissing: async (tx, rows) => void (await tx.concept.createMany({ data: rows, skipDuplicates: true })),
  linked: async (tx, filmId) =>
    (await tx.filmConcept.findMany({ where: { filmId }, select: { concept: { select: { name: true } } } })).map(
      (link) => link.concept.name,
    ),
  relink: async (tx, filmId, ids) => {
    await tx.filmConcept.deleteMany({ where: { filmId } });
    await tx.filmConcept.createMany({ data: ids.map((conceptId) => ({ filmId, conceptId })) });
  },
};
