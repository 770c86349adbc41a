import "server-only";
import type { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import { entryHref } from "@/lib/entries/kinds";
import { entryTable } from "@/lib/entries/registry";
import type { EntityType } from "@/lib/generated/prisma/enums";
import {
  NewCharacterSchema,
  NewFilmSchema,
  NewPersonSchema,
  NewStudioSchema,
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
  title: string;
  /** Field labels, in the order the submission page shows them. */
  fields: Record<keyof Values & string, string>;
  schema: z.ZodType<Values, unknown>;
  names(values: Values): { name: string; nativeName: string };
  insert(tx: Tx, values: Values, slug: string): Promise<number>;
};

const newFilm: NewEntryKind<NewFilmValues> = {
  id: "new-film",
  entityType: "FILM",
  title: NEW_ENTRY_TITLES["new-film"],
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
  title: NEW_ENTRY_TITLES["new-person"],
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
  title: NEW_ENTRY_TITLES["new-character"],
  schema: NewCharacterSchema,
  async insert(tx, values, slug) {
    const character = await tx.character.create({
      data: { ...values, slug, nativeName: values.nativeName || null },
      select: { id: true },
    });
    return character.id;
  },
};

const newStudio: NewEntryKind<NewPersonValues> = {
  ...newPerson,
  id: "new-studio",
  entityType: "STUDIO",
  title: NEW_ENTRY_TITLES["new-studio"],
  schema: NewStudioSchema,
  async insert(tx, values, slug) {
    const studio = await tx.studio.create({
      data: { ...values, slug, nativeName: values.nativeName || null },
      select: { id: true },
    });
    return studio.id;
  },
};

const NEW_ENTRIES = {
  "new-film": newFilm,
  "new-person": newPerson,
  "new-character": newCharacter,
  "new-studio": newStudio,
} as const;

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
  const { table, name, native, year } = entryTable(entityType);
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
  return rows.map((row) => ({ href: entryHref(entityType, row.slug), ...row }));
}

/** `base`, or `base-2`, `base-3`... whichever is first free, read in one query. */
export async function freeSlug(tx: Tx, entityType: EntityType, base: string): Promise<string> {
  const { table } = entryTable(entityType);
  const rows = await tx.$queryRaw<{ slug: string }[]>`
    SELECT slug FROM ${table} WHERE slug = ${base} OR slug LIKE ${`${base.replace(/[\\%_]/g, "\\$&")}-%`}`;
  const taken = new Set([...RESERVED_SLUGS, ...rows.map((row) => row.slug)]);
  if (!taken.has(base)) return base;
  let suffix = 2;
  while (taken.has(`${base}-${suffix}`)) suffix += 1;
  return `${base}-${suffix}`;
}
