import "server-only";
import { cache } from "react";
import { z } from "zod";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { jsonEqual } from "@/lib/submissions/change-set";
import type { EntryNames } from "@/lib/submissions/display";
import { getEntryNames } from "@/lib/submissions/entry-names";
import { decodeCursor, encodeCursor, type QueueCursor } from "@/lib/submissions/queries";
import { readableKey, sectionTitle } from "@/lib/submissions/section-title";
import { isSectionId, sectionOf } from "@/lib/submissions/sections";

export const CHANGES_PAGE_SIZE = 50;

/** A revision id: a positive PostgreSQL integer. */
export const RevisionIdSchema = z.number().int().positive().max(2_147_483_647);

/** A revision id as a URL carries it: digits only, so "1e3" or " 7" is no id. */
export const RevisionIdParamSchema = z
  .string()
  .regex(/^\d{1,10}$/)
  .transform(Number)
  .pipe(RevisionIdSchema);

/** The optional `from` of a comparison: absent or empty compares `to` with the revision before it. */
export const OptionalRevisionIdParamSchema = z.union([
  z.undefined().transform(() => null),
  z.literal("").transform(() => null),
  RevisionIdParamSchema,
]);

/** A page position: the (createdAt, id) of the last row shown, as the `before` URL parameter. */
export function decodeChangesCursor(value: string | string[] | undefined): QueueCursor | null {
  return decodeCursor(typeof value === "string" ? value : undefined);
}

const person = { select: { username: true, displayName: true } } as const;

const changeSelect = {
  id: true,
  number: true,
  section: true,
  summary: true,
  createdAt: true,
  proposer: person,
  approver: person,
  revertOf: { select: { number: true } },
} as const satisfies Prisma.RevisionSelect;

type ChangeRow = Prisma.RevisionGetPayload<{ select: typeof changeSelect }>;

const newestFirst = [{ createdAt: "desc" }, { id: "desc" }] satisfies Prisma.RevisionOrderByWithRelationInput[];

/** Rows strictly older than the cursor, so each page is one index range and never repeats a row. */
function olderThan(cursor: QueueCursor | null | undefined): Prisma.RevisionWhereInput {
  if (!cursor) return {};
  return {
    OR: [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { lt: cursor.id } }],
  };
}

/** One page of rows fetched with one extra, which says whether an older page exists. */
function page<Row extends { id: number; createdAt: Date }>(rows: Row[]) {
  const items = rows.slice(0, CHANGES_PAGE_SIZE);
  const last = items.at(-1);
  return { items, older: rows.length > CHANGES_PAGE_SIZE && last ? encodeCursor(last) : null };
}

function describeChange(row: ChangeRow) {
  const { revertOf, ...rest } = row;
  return { ...rest, sectionTitle: sectionTitle(row.section), revertOfNumber: revertOf?.number ?? null };
}

/** The film a history page is about; cached per request, so the page and its metadata share it. */
export const getHistoryFilm = cache(async (slug: string) =>
  db.film.findUnique({ where: { slug }, select: { id: true, slug: true, title: true } }),
);

/**
 * A film's revisions, newest first, a page at a time by keyset on (createdAt, id). Each relation
 * is one query for the whole page, and one more finds the newest revision of every section, so
 * the count of queries is fixed whatever the page holds.
 */
export async function getFilmHistory(filmId: number, cursor?: QueueCursor | null) {
  const [rows, newest] = await Promise.all([
    db.revision.findMany({
      where: { AND: [{ filmId }, olderThan(cursor)] },
      orderBy: newestFirst,
      take: CHANGES_PAGE_SIZE + 1,
      select: changeSelect,
    }),
    db.revision.groupBy({ by: ["section"], where: { filmId }, _max: { number: true } }),
  ]);
  const current = new Map(newest.map((group) => [group.section, group._max.number]));
  const { items, older } = page(rows);
  return {
    revisions: items.map((row) => ({
      ...describeChange(row),
      /** Only engine sections can be written back, so only they can be reverted to. */
      editable: isSectionId(row.section),
      /** The newest revision of its section: the section is as it left it, so a revert would change nothing. */
      current: current.get(row.section) === row.number,
    })),
    older,
  };
}

export type FilmHistory = Awaited<ReturnType<typeof getFilmHistory>>;
export type HistoryRevision = FilmHistory["revisions"][number];

/**
 * Site-wide revisions of films, newest first, by the same keyset. Revisions of people and
 * characters have no film and no page to link to yet, so they are left out.
 */
export async function getRecentChanges(cursor?: QueueCursor | null) {
  const rows = await db.revision.findMany({
    where: { AND: [{ filmId: { not: null } }, olderThan(cursor)] },
    orderBy: newestFirst,
    take: CHANGES_PAGE_SIZE + 1,
    select: { ...changeSelect, film: { select: { slug: true, title: true } } },
  });
  const { items, older } = page(rows);
  return {
    changes: items.flatMap(({ film, ...row }) => (film ? [{ ...describeChange(row), film }] : [])),
    older,
  };
}

export type RecentChange = Awaited<ReturnType<typeof getRecentChanges>>["changes"][number];

const comparedSelect = {
  id: true,
  filmId: true,
  entityType: true,
  entityId: true,
  number: true,
  section: true,
  summary: true,
  createdAt: true,
  after: true,
  proposer: person,
} as const satisfies Prisma.RevisionSelect;

type ComparedRow = Prisma.RevisionGetPayload<{ select: typeof comparedSelect }>;

export type ComparedRevision = Pick<ComparedRow, "id" | "number" | "summary" | "createdAt" | "proposer">;

export type RevisionComparison =
  | {
      ok: true;
      sectionTitle: string;
      labels: Record<string, string>;
      /** Null when `newer` is the section's first revision: it is compared with the section before it. */
      older: ComparedRevision | null;
      newer: ComparedRevision;
      values: { older: Record<string, unknown>; newer: Record<string, unknown> };
      names: EntryNames;
    }
  | { ok: false; reason: "not-found"; ids: number[] }
  | { ok: false; reason: "other-film"; ids: number[] }
  | { ok: false; reason: "same" }
  | { ok: false; reason: "reversed"; from: number; to: number }
  | { ok: false; reason: "different-sections"; sections: [string, string] };

/**
 * The state of one section right after `from` beside the state right after `to`. Both must be
 * revisions of this film and of the same section, `from` the older; otherwise the answer says why
 * not. Without `from`, `to` is set beside the revision of its section before it: what it changed.
 */
export async function getRevisionComparison(
  filmId: number,
  fromId: number | null,
  toId: number,
): Promise<RevisionComparison> {
  if (fromId === toId) return { ok: false, reason: "same" };
  const ids = fromId === null ? [toId] : [fromId, toId];
  const rows = await db.revision.findMany({ where: { id: { in: ids } }, select: comparedSelect });
  const missing = ids.filter((id) => !rows.some((row) => row.id === id));
  if (missing.length > 0) return { ok: false, reason: "not-found", ids: missing };
  const foreign = rows.filter((row) => row.filmId !== filmId);
  if (foreign.length > 0) return { ok: false, reason: "other-film", ids: foreign.map((row) => row.id) };
  const to = rows.find((row) => row.id === toId)!;
  if (fromId === null) return changesOf(to);
  const from = rows.find((row) => row.id === fromId)!;
  if (from.section !== to.section) {
    return {
      ok: false,
      reason: "different-sections",
      sections: [sectionTitle(from.section), sectionTitle(to.section)],
    };
  }
  if (from.number > to.number) return { ok: false, reason: "reversed", from: from.id, to: to.id };
  return compared(from, to, from.after, to.after);
}

/** A revision beside the one of its section before it, or, for its first, the section before it. */
async function changesOf(revision: ComparedRow): Promise<RevisionComparison> {
  const { entityType, entityId, section, number } = revision;
  const previous = await db.revision.findFirst({
    where: { entityType, entityId, section, number: { lt: number } },
    orderBy: { number: "desc" },
    select: comparedSelect,
  });
  if (previous) return compared(previous, revision, previous.after, revision.after);
  const { before } = await db.revision.findUniqueOrThrow({ where: { id: revision.id }, select: { before: true } });
  return compared(null, revision, before, revision.after);
}

async function compared(
  older: ComparedRow | null,
  newer: ComparedRow,
  olderAfter: Prisma.JsonValue,
  newerAfter: Prisma.JsonValue,
): Promise<RevisionComparison> {
  const editable = isSectionId(newer.section);
  const valuesOf = (snapshot: Prisma.JsonValue) => {
    const values = (snapshot ?? {}) as Record<string, unknown>;
    return editable ? values : readableValues(values);
  };
  const values = { older: valuesOf(olderAfter), newer: valuesOf(newerAfter) };
  const meta = ({ id, number, summary, createdAt, proposer }: ComparedRow): ComparedRevision => ({
    id,
    number,
    summary,
    createdAt,
    proposer,
  });
  return {
    ok: true,
    sectionTitle: sectionTitle(newer.section),
    labels: editable ? (sectionOf(newer.section).fields as Record<string, string>) : keyLabels(olderAfter, newerAfter),
    older: older ? meta(older) : null,
    newer: meta(newer),
    values,
    names: await getEntryNames([values.older, values.newer]),
  };
}

/** Labels for a snapshot the engine has no definition of: its keys, in the order they appear. */
function keyLabels(...snapshots: Prisma.JsonValue[]): Record<string, string> {
  const keys = snapshots.flatMap((snapshot) =>
    snapshot && typeof snapshot === "object" && !Array.isArray(snapshot) ? Object.keys(snapshot) : [],
  );
  return Object.fromEntries([...new Set(keys)].map((key) => [key, readableKey(key)]));
}

/**
 * Seeded snapshots hold lists of rows (credits, segments); as text, one line per row reads and
 * diffs far better than JSON. Ids mean nothing to a reader and a row's position is its line.
 */
function readableValues(values: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).map(([key, value]) => [key, readable(value)]));
}

// jsonb keeps no key order, so one is chosen that reads well: what a row is about first, prose last.
const LEADING_KEYS = ["title", "name", "person"];
const TRAILING_KEYS = ["synopsis", "note"];
const keyRank = (key: string) => (LEADING_KEYS.includes(key) ? 0 : TRAILING_KEYS.includes(key) ? 2 : 1);

function readable(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (Array.isArray(value)) return value.map(readable).join("\n");
  if (typeof value === "object") {
    return Object.entries(value)
      .sort(([a], [b]) => keyRank(a) - keyRank(b) || a.localeCompare(b))
      .filter(([key, field]) => !/^(id|position)$|Id$/.test(key) && field !== null && field !== "")
      .map(
        ([key, field]) => `${readableKey(key)}: ${typeof field === "object" ? JSON.stringify(field) : String(field)}`,
      )
      .join(" · ");
  }
  return String(value);
}

/**
 * What reverting to a revision would do, for the page that asks to confirm it: the section as it is
 * now beside the section as that revision left it. Null for a revision of another film, or of a
 * section the engine cannot write back.
 */
export async function getRevertPreview(filmId: number, revisionId: number) {
  const target = await db.revision.findUnique({ where: { id: revisionId }, select: comparedSelect });
  if (!target || target.filmId !== filmId || !isSectionId(target.section)) return null;
  const definition = sectionOf(target.section);
  const current = await db.$transaction((tx) => definition.read(tx, target.entityId));
  const restored = (target.after ?? {}) as Record<string, unknown>;
  const { id, number, summary, createdAt, proposer } = target;
  return {
    revision: { id, number, summary, createdAt, proposer },
    sectionTitle: definition.title,
    labels: definition.fields as Record<string, string>,
    current,
    restored,
    unchanged: jsonEqual(current, restored),
    names: await getEntryNames([current, restored]),
  };
}

export type RevertPreview = NonNullable<Awaited<ReturnType<typeof getRevertPreview>>>;

/** A revert just made, for the message on the history page it returns to. */
export async function getRevertNotice(filmId: number, revisionId: number) {
  const revision = await db.revision.findUnique({
    where: { id: revisionId },
    select: { number: true, section: true, filmId: true, revertOf: { select: { number: true } } },
  });
  if (!revision?.revertOf || revision.filmId !== filmId) return null;
  return `Reverted: revision #${revision.number} restores ${sectionTitle(revision.section)} as it was after revision #${revision.revertOf.number}.`;
}

/** What a revert message names: the revision restored, its section and its film. */
export async function getRevisionTarget(revisionId: number) {
  const revision = await db.revision.findUnique({
    where: { id: revisionId },
    select: { number: true, section: true, film: { select: { slug: true } } },
  });
  return revision
    ? { number: revision.number, sectionTitle: sectionTitle(revision.section), filmSlug: revision.film?.slug ?? null }
    : null;
}

/** What a revision changed, for expiring the pages that show it. */
export async function getRevisionChangeTarget(revisionId: number) {
  return db.revision.findUnique({
    where: { id: revisionId },
    select: { entityType: true, entityId: true, section: true },
  });
}
