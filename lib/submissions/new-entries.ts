import "server-only";
import type { z } from "zod";
import { Prisma } from "@/lib/generated/prisma/client";
import type { EntityType } from "@/lib/generated/prisma/enums";
import {
  NewCharacterSchema,
  NewFilmSchema,
  NewPersonSchema,
  NEW_ENTRY_TITLES,
  type NewFilmValues,
  type NewPersonValues,
  type SimilarEntry,
} from "./entry-schema";
import { RESERVED_SLUGS } from "./sections/named-entries";

type Tx = Prisma.TransactionClient;

/**
 * A kind of entry that can be proposed: its fields, how it is stored once approved, and where to
 * look for one that already exists. The proposal is a Submission with this id as its section.
 */
type NewEntryKind<Values extends Record<string, unknown>> = {
  id: string;
  entityType: EntityType;
  noun: string;
  title: string;
  path: "/films" | "/people" | "/characters";
  /** Field labels, in the order the submission page shows them. */
  fields: Record<keyof Values & string, string>;
  schema: z.ZodType<Values, unknown>;
  names(values: Values): { name: string; nativeName: string };
  insert(tx: Tx, values: Values, slug: string): Promise<number>;
};

/** The table and name columns an entry kind is matched and slugged in; constants, never input. */
const TABLES = {
  FILM: {
    table: Prisma.raw('"Film"'),
    name: Prisma.raw("title"),
    native: Prisma.raw('"nativeTitle"'),
    year: Prisma.raw("year"),
  },
  PERSON: {
    table: Prisma.raw('"Person"'),
    name: Prisma.raw("name"),
    native: Prisma.raw('"nativeName"'),
    year: Prisma.raw("NULL::int"),
  },
  CHARACTER: {
    table: Prisma.raw('"Character"'),
    name: Prisma.raw("name"),
    native: Prisma.raw('"nativeName"'),
    year: Prisma.raw("NULL::int"),
  },
} as const;

const newFilm: NewEntryKind<NewFilmValues> = {
  id: "new-film",
  entityType: "FILM",
  noun: "film",
  title: NEW_ENTRY_TITLES["new-film"],
  path: "/films",
  fields: { title: "Title", nativeTitle: "Native title", format: "Format", year: "Year", deck: "Deck" },
  schema: NewFilmSchema,
  names: (values) => ({ name: values.title, nativeName: values.nativeTitle }),
  async insert(tx, values, slug) {
    const film = await tx.film.create({
      data: {
        ...values,
        slug,
        nativeTitle: values.nativeTitle || null,
        year: values.year ? Number(values.year) : null,
      },
      select: { id: true },
    });
    return film.id;
  },
};

const newPerson: NewEntryKind<NewPersonValues> = {
  id: "new-person",
  entityType: "PERSON",
  noun: "person",
  title: NEW_ENTRY_TITLES["new-person"],
  path: "/people",
  fields: { name: "Name", nativeName: "Native name", deck: "Deck" },
  schema: NewPersonSchema,
  names: (values) => values,
  async insert(tx, values, slug) {
    const person = await tx.person.create({
      data: { ...values, slug, nativeName: values.nativeName || null },
      select: { id: true },
    });
    return person.id;
  },
};

const newCharacter: NewEntryKind<NewPersonValues> = {
  ...newPerson,
  id: "new-character",
  entityType: "CHARACTER",
  noun: "character",
  title: NEW_ENTRY_TITLES["new-character"],
  path: "/characters",
  schema: NewCharacterSchema,
  async insert(tx, values, slug) {
    const character = await tx.character.create({
      data: { ...values, slug, nativeName: values.nativeName || null },
      select: { id: true },
    });
    return character.id;
  },
};

const NEW_ENTRIES = { "new-film": newFilm, "new-person": newPerson, "new-character": newCharacter } as const;

export type NewEntryId = keyof typeof NEW_ENTRIES;

export function isNewEntryId(value: string): value is NewEntryId {
  return Object.hasOwn(NEW_ENTRIES, value);
}

export function newEntryOf(id: NewEntryId): NewEntryKind<Record<string, unknown>> {
  return NEW_ENTRIES[id] as unknown as NewEntryKind<Record<string, unknown>>;
}

/**
 * Entries whose name or native name contains, or is contained in, the proposed one, ignoring
 * case: "Akira" finds "Akira (1988)" and "Perfect Blue Complete" finds "Perfect Blue".
 */
export async function findSimilarEntries(
  tx: Tx,
  entityType: EntityType,
  proposed: { name: string; nativeName: string },
): Promise<SimilarEntry[]> {
  const { table, name, native, year } = TABLES[entityType];
  const path = Object.values(NEW_ENTRIES).find((kind) => kind.entityType === entityType)!.path;
  // An empty native name would be contained in everything; it matches nothing instead.
  const rows = await tx.$queryRaw<{ slug: string; name: string; nativeName: string | null; year: number | null }[]>`
    SELECT slug, ${name} AS name, ${native} AS "nativeName", ${year} AS year FROM ${table}
    WHERE strpos(lower(${name}), lower(${proposed.name}::text)) > 0
       OR strpos(lower(${proposed.name}::text), lower(${name})) > 0
       OR (${proposed.nativeName}::text <> '' AND coalesce(${native}, '') <> '' AND (
             strpos(lower(${native}), lower(${proposed.nativeName}::text)) > 0
          OR strpos(lower(${proposed.nativeName}::text), lower(${native})) > 0))
    ORDER BY ${name}, id
    LIMIT 10`;
  return rows.map((row) => ({ href: `${path}/${row.slug}`, ...row }));
}

/** `base`, or `base-2`, `base-3`... whichever is first free, read in one query. */
export async function freeSlug(tx: Tx, entityType: EntityType, base: string): Promise<string> {
  const { table } = TABLES[entityType];
  const rows = await tx.$queryRaw<{ slug: string }[]>`
    SELECT slug FROM ${table} WHERE slug = ${base} OR slug LIKE ${`${base.replace(/[\\%_]/g, "\\$&")}-%`}`;
  const taken = new Set([...RESERVED_SLUGS, ...rows.map((row) => row.slug)]);
  if (!taken.has(base)) return base;
  let suffix = 2;
  while (taken.has(`${base}-${suffix}`)) suffix += 1;
  return `${base}-${suffix}`;
}
