import type { Prisma } from "@/lib/generated/prisma/client";
import { parseReleaseDate } from "@/lib/format/dates";
import { slugify } from "@/lib/format/slug";
import { jsonEqual } from "@/lib/submissions/change-set";
import { RESERVED_SLUGS } from "@/lib/submissions/sections/named-entries";
import { parseJapanTime } from "@/lib/submissions/sections/broadcast/schema";
import { inChunks } from "./chunks";
import { insertRows, type Column } from "./insert-rows";
import { EMPTY_VALUES, IMPORTED_SECTIONS, type ImportValues, type MappedWork } from "./values";

type Tx = Prisma.TransactionClient;

export type ImportContext = {
  source: string;
  version: string;
  importerId: number;
  summary: string;
  onRows?: (count: number) => void;
};

/** `base`, `base-2`, `base-3`…: the first not in `taken`, which then holds it. */
function claimSlug(taken: Set<string>, base: string): string {
  let slug = base;
  for (let suffix = 2; taken.has(slug); suffix += 1) slug = `${base}-${suffix}`;
  taken.add(slug);
  return slug;
}

const dateOf = (text: string) => (text ? (parseReleaseDate(text)?.date ?? null) : null);

/** A date column's value: the day the stored date names, as PostgreSQL reads "YYYY-MM-DD". */
const isoDay = (date: Date) => date.toISOString().slice(0, 10);

const FILM_COLUMNS: Record<string, Column> = {
  slug: { type: "text" },
  title: { type: "text" },
  nativeTitle: { type: "text" },
  romanisedTitle: { type: "text" },
  romanisedByMachine: { type: "boolean" },
  format: { type: '"FilmFormat"' },
  broadcastStart: { type: "timestamptz" },
  broadcastIntervalDays: { type: "int" },
  broadcastEnd: { type: "date" },
  year: { type: "int" },
  updatedAt: { sql: "now()" },
};
const RELEASE_COLUMNS: Record<string, Column> = {
  filmId: { type: "int" },
  region: { type: "text" },
  title: { type: "text" },
  date: { type: "date" },
  datePrecision: { type: '"DatePrecision"' },
  position: { type: "int" },
};
const ALIAS_COLUMNS: Record<string, Column> = {
  filmId: { type: "int" },
  name: { type: "text" },
  language: { type: "text" },
  kind: { type: '"TitleKind"' },
};
const LINK_COLUMNS: Record<string, Column> = {
  filmId: { type: "int" },
  site: { type: "text" },
  externalId: { type: "text" },
};
const STREAM_COLUMNS: Record<string, Column> = {
  filmId: { type: "int" },
  site: { type: "text" },
  externalId: { type: "text" },
  // unnest flattens an array of arrays, so each row's regions travel as JSON.
  regions: { type: "jsonb", sql: "ARRAY(SELECT jsonb_array_elements_text(row.regions))" },
  since: { type: "date" },
  position: { type: "int" },
};
const REVISION_COLUMNS: Record<string, Column> = {
  entityType: { sql: "'FILM'" },
  entityId: { type: "int" },
  filmId: { sql: 'row."entityId"' },
  section: { type: "text" },
  number: { type: "int" },
  before: { sql: "'{}'::jsonb" },
  after: { type: "jsonb" },
  summary: { type: "text" },
  proposerId: { type: "int" },
};
const IMPORTED_COLUMNS: Record<string, Column> = {
  source: { type: "text" },
  key: { type: "text" },
  filmId: { type: "int" },
  values: { type: "jsonb" },
  version: { type: "text" },
  updatedAt: { sql: "now()" },
};

/** Whether a section holds anything: a new work gets a revision only for those that do. */
export function hasValues(section: keyof ImportValues, values: ImportValues): boolean {
  return section === "title" || !jsonEqual(values[section], EMPTY_VALUES[section]);
}

const LATIN_SLUG = /^[a-z0-9-]+$/;

/**
 * A slug in Latin letters from the first of the work's titles that has some (the title, the
 * romanised title, an English alternative title). A work known only in Chinese or Japanese script
 * is named by its Bangumi id instead: film pages do not find slugs in other scripts yet (their
 * route does not decode the address), and such addresses are hard to type and share anyway.
 */
function slugBase({ key, values }: MappedWork): string {
  const titles = [
    values.title.title,
    values.title.romanisedTitle,
    ...values.aliases.aliases.map((alias) => alias.title),
  ];
  const latin = titles.map(slugify).find((slug) => LATIN_SLUG.test(slug));
  return latin ?? (/^\d+$/.test(key) ? `bangumi-${key}` : "work");
}

function filmRow(slug: string, values: ImportValues) {
  const { title, broadcast, general } = values;
  const years = general.releases.flatMap((release) => {
    const date = dateOf(release.date);
    return date ? [date.getUTCFullYear()] : [];
  });
  return {
    slug,
    title: title.title,
    nativeTitle: title.nativeTitle || null,
    romanisedTitle: title.romanisedTitle || null,
    romanisedByMachine: title.romanisedByMachine && title.romanisedTitle !== "",
    format: title.format,
    broadcastStart: broadcast.firstAiring ? parseJapanTime(broadcast.firstAiring) : null,
    broadcastIntervalDays: broadcast.intervalDays,
    broadcastEnd: broadcast.lastAiring || null,
    year: years.length > 0 ? Math.min(...years) : null,
  };
}

/**
 * Creates works the source describes and Keyframe lacks, in a few statements per table rather
 * than a section write per work: the films, their releases, titles, links and streams, one
 * revision per section that holds anything (exactly what the section reads back, numbered 1…n),
 * and the record of what was imported. Returns the new works' ids, in the order given.
 */
export async function createWorks(tx: Tx, works: readonly MappedWork[], context: ImportContext): Promise<number[]> {
  if (works.length === 0) return [];
  const taken = new Set([
    ...RESERVED_SLUGS,
    ...(await tx.film.findMany({ select: { slug: true } })).map((film) => film.slug),
  ]);
  const rows = works.map((work) => filmRow(claimSlug(taken, slugBase(work)), work.values));

  const created = await inChunks(
    rows,
    (chunk) => insertRows<{ id: number; slug: string }>(tx, "Film", FILM_COLUMNS, chunk, "id, slug"),
    context.onRows,
  );
  const idBySlug = new Map(created.map((film) => [film.slug, film.id]));
  const made = works.map((work, index) => ({ work, filmId: idBySlug.get(rows[index]!.slug)! }));

  const insert = async (
    table: string,
    columns: Record<string, Column>,
    rowsOf: (work: MappedWork, filmId: number) => Record<string, unknown>[],
  ) => {
    const all = made.flatMap(({ work, filmId }) => rowsOf(work, filmId));
    await inChunks(all, (chunk) => insertRows(tx, table, columns, chunk), context.onRows);
  };
  await insert("Release", RELEASE_COLUMNS, ({ values }, filmId) =>
    values.general.releases.map((release, index) => {
      const parsed = release.date ? parseReleaseDate(release.date) : null;
      return {
        filmId,
        region: release.region,
        title: release.title,
        date: parsed ? isoDay(parsed.date) : null,
        datePrecision: parsed?.precision ?? "DAY",
        position: index + 1,
      };
    }),
  );
  await insert("Alias", ALIAS_COLUMNS, ({ values }, filmId) =>
    values.aliases.aliases.map((alias) => ({ filmId, name: alias.title, language: alias.language, kind: alias.kind })),
  );
  await insert("FilmLink", LINK_COLUMNS, ({ values }, filmId) =>
    values.links.links.map((link) => ({ filmId, site: link.site, externalId: link.id })),
  );
  await insert("Stream", STREAM_COLUMNS, ({ values }, filmId) =>
    values.streams.streams.map((stream, index) => ({
      filmId,
      site: stream.site,
      externalId: stream.id,
      regions: stream.regions,
      since: stream.since || null,
      position: index + 1,
    })),
  );
  await insert("Revision", REVISION_COLUMNS, ({ values }, filmId) =>
    IMPORTED_SECTIONS.filter((section) => hasValues(section, values)).map((section, index) => ({
      entityId: filmId,
      section,
      number: index + 1,
      after: values[section],
      summary: context.summary,
      proposerId: context.importerId,
    })),
  );
  await insert("ImportedWork", IMPORTED_COLUMNS, ({ key, values }, filmId) => [
    { source: context.source, key, filmId, values, version: context.version },
  ]);
  return made.map(({ filmId }) => filmId);
}
