import { slugify } from "@/lib/format/slug";
import { entryDetails } from "@/lib/search/entry-summary";
import { entriesWithWorks, entrySummary, TABLE } from "@/lib/search/entry-works";
import type { NamedKind } from "./named-kinds";
import type { Tx } from "./types";

/** Taken by the routes that propose new entries (/people/new), so an entry there could never be reached. */
export const RESERVED_SLUGS: ReadonlySet<string> = new Set(["new"]);

/** An entry a row may name; `details` tell it from namesakes, and are read only for those. */
export type Named = { id: number; slug: string; name: string; details?: string };

/** An existing entry's id, or the name of one to create when the edit is applied. */
export type NamedRef = { id: number } | { newName: string };

/** The where clause finding every entry typed by slug or by name (any case). */
export function slugOrName(typed: string[]) {
  return {
    OR: [
      { slug: { in: typed.map((text) => text.toLowerCase()) } },
      { name: { in: typed, mode: "insensitive" as const } },
    ],
  };
}

/**
 * The rows, those that share a name with another given their details (works, years), so that a
 * message can tell the namesakes apart; one query, and only when there are namesakes.
 */
export async function withNamesakeDetails(tx: Tx, kind: NamedKind, rows: Named[]): Promise<Named[]> {
  const countOf = new Map<string, number>();
  for (const row of rows) countOf.set(row.name.toLowerCase(), (countOf.get(row.name.toLowerCase()) ?? 0) + 1);
  const namesakes = rows.filter((row) => countOf.get(row.name.toLowerCase())! > 1);
  if (namesakes.length === 0) return rows;
  const described = await entriesWithWorks(
    tx,
    kind.key,
    namesakes.map((row) => row.id),
  );
  const details = new Map(described.map((row) => [row.id, entryDetails(entrySummary(kind.key, row))]));
  return rows.map((row) => (details.has(row.id) ? { ...row, details: details.get(row.id) } : row));
}

/** "“kei-tanaka” (1990–2004 · Akira (1988)) or “kei-tanaka-2” (No works yet)", the oldest entry first. */
const namesakeList = (rows: Named[]) =>
  rows
    .toSorted((a, b) => a.id - b.id)
    .map((row) => (row.details ? `“${row.slug}” (${row.details})` : `“${row.slug}”`))
    .join(" or ");

/** By slug, else by a name only one row has; `named` holds the rows with that name. */
export function lookup(rows: Named[], typed: string) {
  const text = typed.toLowerCase();
  const byName = rows.filter((row) => row.name.toLowerCase() === text);
  return {
    found: rows.find((row) => row.slug === text) ?? (byName.length === 1 ? byName[0] : undefined),
    named: byName,
  };
}

/**
 * What a row's name refers to, or the message for its input. Without the box ticked the name must
 * exist, so a misspelling is never made into a new entry; with it ticked it must not, so an entry
 * is never made twice. When applying, one created since the check is taken instead.
 */
export function resolveNamed(
  kind: NamedKind,
  rows: Named[],
  typed: string,
  isNew: boolean,
  applying: boolean,
): { ref: NamedRef } | { error: string } {
  const { found, named } = lookup(rows, typed);
  const sameName = named[0];
  if (!isNew) {
    if (found) return { ref: { id: found.id } };
    return {
      error:
        named.length > 1
          ? `Several ${kind.plural} are called ${typed}. Choose one from the suggestions, or type the slug of the one you mean: ${namesakeList(named)}.`
          : `No ${kind.noun} called ${typed}. ${kind.choose}, or tick “${kind.tick}” to add them.`,
    };
  }
  if (sameName && !applying) {
    return {
      error: `There is already a ${kind.noun} called ${sameName.name} (${sameName.slug}). Untick “${kind.tick}” to use them.`,
    };
  }
  return { ref: sameName ? { id: sameName.id } : { newName: typed } };
}

/**
 * The name a row is kept under: a new entry's as typed, an existing one's slug, as read() gives it
 * back, so diffs compare like with like.
 */
export const storedName = (rows: Named[], typed: string, isNew: boolean) =>
  isNew ? typed : (lookup(rows, typed).found?.slug ?? typed);

/** The name a ref is shown by in messages; `rows` holds the existing entry it may point to. */
export const refName = (ref: NamedRef, rows: Named[]) =>
  "id" in ref ? rows.find((row) => row.id === ref.id)!.name : ref.newName;

/** A key equal for two refs to the same entry, existing or to be created ("Kei" and "kei" are one). */
export const refIdentity = (ref: NamedRef) => ("id" in ref ? String(ref.id) : `new:${ref.newName.toLowerCase()}`);

/**
 * Creates the named entries, each once whatever the case it is typed in, with free slugs
 * ("kaneda", else "kaneda-2", ...), in two queries; returns their ids by lower-cased name.
 */
export async function createNamed(tx: Tx, kind: NamedKind, names: string[]): Promise<Map<string, number>> {
  // The first spelling of a name is the one kept.
  const unique = names.filter(
    (name, index) => names.findIndex((other) => other.toLowerCase() === name.toLowerCase()) === index,
  );
  if (unique.length === 0) return new Map();
  const bases = unique.map((name) => slugify(name) || kind.noun);
  // Not the registry's table, which is server-only: the seed writes sections through this module.
  const table = TABLE[kind.key];
  const existing = await tx.$queryRaw<{ slug: string }[]>`
    SELECT slug FROM ${table}
    WHERE slug = ANY(${bases}::text[]) OR slug LIKE ANY(${bases.map((base) => `${base.replace(/[\\%_]/g, "\\$&")}-%`)}::text[])`;
  const taken = new Set([...RESERVED_SLUGS, ...existing.map((row) => row.slug)]);
  const data = unique.map((name, index) => {
    const base = bases[index]!;
    let slug = base;
    for (let suffix = 2; taken.has(slug); suffix += 1) slug = `${base}-${suffix}`;
    taken.add(slug);
    return { name, slug };
  });
  const created = await tx.$queryRaw<{ id: number; slug: string }[]>`
    INSERT INTO ${table} (slug, name, "updatedAt")
    SELECT t.slug, t.name, now() FROM unnest(${data.map((row) => row.slug)}::text[], ${data.map((row) => row.name)}::text[]) AS t(slug, name)
    RETURNING id, slug`;
  const idBySlug = new Map(created.map((row) => [row.slug, row.id]));
  return new Map(data.map((row) => [row.name.toLowerCase(), idBySlug.get(row.slug)!]));
}

/** The id a ref stands for once `createNamed` has made the new ones. */
export const idOf = (ref: NamedRef, created: Map<string, number>) =>
  "id" in ref ? ref.id : created.get(ref.newName.toLowerCase())!;

/** The names of the entries to create, for `createNamed`. */
export const newNames = (refs: NamedRef[]) => refs.flatMap((ref) => ("newName" in ref ? [ref.newName] : []));
