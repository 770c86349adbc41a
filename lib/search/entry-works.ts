import { apiFormat } from "@/lib/api/vocabulary";
import { Prisma } from "@/lib/generated/prisma/client";
import type { FilmFormat } from "@/lib/generated/prisma/enums";
import { WORKS_SHOWN, type EntrySummary, type NamedEntry, type WorkRef } from "./entry-summary";

type Reader = Pick<Prisma.TransactionClient, "$queryRaw">;

export type EntryWithWorks = {
  id: number;
  slug: string;
  name: string;
  nativeName: string | null;
  deck: string;
  works: WorkRef[];
  workCount: number;
  firstYear: number | null;
  lastYear: number | null;
  /** Whether another entry of its kind has the same name (by the search key's folding). */
  nameShared: boolean;
};

// Each entry's films come through its own foreign-key indexes (Credit and VoiceCredit by person,
// CharacterAppearance by character, FilmCompany by studio); a work's fame is how many lists hold it (ListItem by film).
const FILMS_OF = {
  person: Prisma.sql`
    SELECT c."filmId" FROM "Credit" c WHERE c."personId" = e.id
    UNION
    SELECT a."filmId" FROM "VoiceCredit" v JOIN "CharacterAppearance" a ON a.id = v."appearanceId"
    WHERE v."personId" = e.id`,
  character: Prisma.sql`SELECT a."filmId" FROM "CharacterAppearance" a WHERE a."characterId" = e.id`,
  studio: Prisma.sql`SELECT c."filmId" FROM "FilmCompany" c WHERE c."studioId" = e.id`,
};

/** A kind of entry known by its works: people, characters and studios. */
export type EntryWithWorksKind = keyof typeof FILMS_OF;

/** Each such kind's table, whose rows all have `slug` and `name`. */
export const TABLE = {
  person: Prisma.raw(`"Person"`),
  character: Prisma.raw(`"Character"`),
  studio: Prisma.raw(`"Studio"`),
} satisfies Record<EntryWithWorksKind, Prisma.Sql>;
const ENTITY_TYPE = { person: "PERSON", character: "CHARACTER", studio: "STUDIO", film: "FILM" } as const;

/** Whether another entry of the kind bears the name `e.<column>`, read from the search table's key index. */
const nameShared = (kind: keyof typeof ENTITY_TYPE, column: Prisma.Sql) => Prisma.sql`EXISTS (
  SELECT 1 FROM "SearchName" s
  WHERE s.key = search_key(${column}) AND s."entityType" = ${ENTITY_TYPE[kind]}::"EntityType"
    AND s.source = 'NAME' AND s."entityId" <> e.id)`;

/**
 * People, characters or studios by id, each with their best-known works (those most lists hold, then the
 * newest), how many works they have and the years those span, in one query whatever the number.
 */
export async function entriesWithWorks(
  reader: Reader,
  kind: EntryWithWorksKind,
  ids: number[],
): Promise<EntryWithWorks[]> {
  if (ids.length === 0) return [];
  const filmsOf = FILMS_OF[kind];
  return reader.$queryRaw<EntryWithWorks[]>`
    SELECT e.id, e.slug, e.name, e."nativeName", e.deck,
      coalesce(best.works, '[]'::jsonb) AS works, span."workCount", span."firstYear", span."lastYear",
      ${nameShared(kind, Prisma.sql`e.name`)} AS "nameShared"
    FROM ${TABLE[kind]} e
    CROSS JOIN LATERAL (
      SELECT count(*)::int AS "workCount", min(f.year) AS "firstYear", max(f.year) AS "lastYear"
      FROM "Film" f WHERE f.id IN (${filmsOf})
    ) span
    LEFT JOIN LATERAL (
      SELECT jsonb_agg(jsonb_build_object('slug', w.slug, 'title', w.title, 'year', w.year)
               ORDER BY w.lists DESC, w.year DESC NULLS LAST, w.id) AS works
      FROM (
        SELECT f.id, f.slug, f.title, f.year,
          (SELECT count(*) FROM "ListItem" li WHERE li."filmId" = f.id) AS lists
        FROM "Film" f WHERE f.id IN (${filmsOf})
        ORDER BY lists DESC, f.year DESC NULLS LAST, f.id
        LIMIT ${WORKS_SHOWN}
      ) w
    ) best ON true
    WHERE e.id = ANY(${ids}::int[])`;
}

/** A person, character or studio as the search API and the pickers describe them. */
export function entrySummary(kind: EntryWithWorksKind, entry: EntryWithWorks): EntrySummary {
  const { firstYear, lastYear } = entry;
  return {
    type: kind,
    slug: entry.slug,
    name: entry.name,
    nativeName: entry.nativeName,
    year: null,
    format: null,
    activeYears:
      kind !== "character" && firstYear !== null && lastYear !== null ? { from: firstYear, to: lastYear } : null,
    works: entry.works,
    workCount: entry.workCount,
  };
}

type FilmFields = { slug: string; title: string; nativeTitle: string | null; year: number | null; format: FilmFormat };

/** A film as the search API and the pickers describe it. */
export function filmSummary(film: FilmFields): EntrySummary {
  return {
    type: "film",
    slug: film.slug,
    name: film.title,
    nativeName: film.nativeTitle,
    year: film.year,
    format: apiFormat(film.format),
    activeYears: null,
    works: null,
    workCount: null,
  };
}

/** People, characters or studios a form names, by id, described for its pickers. */
export async function pickerEntries(reader: Reader, kind: EntryWithWorksKind, ids: number[]): Promise<NamedEntry[]> {
  const rows = await entriesWithWorks(reader, kind, [...new Set(ids)]);
  return rows.map((row) => ({ ...entrySummary(kind, row), nameShared: row.nameShared }));
}

/** Films a form names, by id, described for its pickers. */
export async function pickerFilms(reader: Reader, ids: number[]): Promise<NamedEntry[]> {
  if (ids.length === 0) return [];
  const rows = await reader.$queryRaw<(FilmFields & { nameShared: boolean })[]>`
    SELECT e.slug, e.title, e."nativeTitle", e.year, e.format, ${nameShared("film", Prisma.sql`e.title`)} AS "nameShared"
    FROM "Film" e WHERE e.id = ANY(${[...new Set(ids)]}::int[])`;
  return rows.map((row) => ({ ...filmSummary(row), nameShared: row.nameShared }));
}
