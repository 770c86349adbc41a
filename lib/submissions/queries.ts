import "server-only";
import { can, type Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { EntityType, SubmissionStatus } from "@/lib/generated/prisma/enums";
import { resolveWikiLinks } from "@/lib/wiki/resolve";
import { baseValues, latestRevisionId } from "./base-values";
import { mergeChangeSet, type ChangeSet, type Conflicts, type Merge } from "./change-set";
import { WHOLE_FIELDS, mergeRulesOf } from "./merge/rules";
import { getEntryLink } from "./entry-links";
import { getEntryNames } from "./entry-names";
import { isNewEntryId, newEntryOf, type NewEntryId } from "./new-entries";
import { sectionTitle } from "./section-title";
import { isSectionId, sectionOf, type SectionId } from "./sections";
import { ENTRY_KINDS, entryKind } from "@/lib/entries/kinds";
import { findEntries } from "@/lib/entries/registry";

export const QUEUE_PAGE_SIZE = 25;

/** A position in the queue: the (createdAt, id) of a row, so pages stay fast at any depth. */
export type QueueCursor = { createdAt: Date; id: number };

export function encodeCursor(cursor: QueueCursor): string {
  return `${cursor.createdAt.getTime()}_${cursor.id}`;
}

const MAX_ID = 2_147_483_647;

/** Null for anything malformed, including ids past PostgreSQL's int4, which the query would refuse. */
export function decodeCursor(value: string | undefined): QueueCursor | null {
  const match = /^(\d{1,15})_(\d{1,10})$/.exec(value ?? "");
  if (!match) return null;
  const cursor = { createdAt: new Date(Number(match[1])), id: Number(match[2]) };
  return cursor.id >= 1 && cursor.id <= MAX_ID && !Number.isNaN(cursor.createdAt.getTime()) ? cursor : null;
}

export type QueueFilters = { section?: string; filmId?: number; authorId?: number };

export type QueuePage = {
  direction: "first" | "after" | "before" | "last";
  cursor?: QueueCursor;
};

const queueSelect = {
  id: true,
  section: true,
  summary: true,
  createdAt: true,
  entityType: true,
  entityId: true,
  film: { select: { slug: true, title: true } },
  author: { select: { username: true, displayName: true } },
} as const;

function pendingWhere(filters: QueueFilters): Prisma.SubmissionWhereInput {
  return {
    status: "PENDING",
    ...(filters.section ? { section: filters.section } : {}),
    ...(filters.filmId ? { filmId: filters.filmId } : {}),
    ...(filters.authorId ? { authorId: filters.authorId } : {}),
  };
}

const oldestFirst = [{ createdAt: "asc" }, { id: "asc" }] satisfies Prisma.SubmissionOrderByWithRelationInput[];

/**
 * The pending submission a moderator reviews after this one: the next in the queue's order under
 * the same filters, else the oldest left (one passed over earlier), never one of their own, which
 * they may not review. Null when none is left.
 */
export async function findNextPending(reviewer: Actor, filters: QueueFilters, submissionId: number) {
  const current = await db.submission.findUnique({ where: { id: submissionId }, select: { createdAt: true } });
  const where = { AND: [pendingWhere(filters), { authorId: { not: reviewer.id } }, { id: { not: submissionId } }] };
  const later: Prisma.SubmissionWhereInput = current
    ? {
        createdAt: { gte: current.createdAt },
        OR: [{ createdAt: { gt: current.createdAt } }, { id: { gt: submissionId } }],
      }
    : {};
  const next =
    (await db.submission.findFirst({ where: { AND: [where, later] }, orderBy: oldestFirst, select: { id: true } })) ??
    (await db.submission.findFirst({ where, orderBy: oldestFirst, select: { id: true } }));
  return next?.id ?? null;
}

/** A moderator's decision in words, for the page that follows it: read from the submission itself. */
export async function getReviewOutcome(submissionId: number): Promise<string | null> {
  const submission = await db.submission.findUnique({
    where: { id: submissionId },
    select: { status: true, revision: { select: { number: true } } },
  });
  const name = `submission #${submissionId}`;
  switch (submission?.status) {
    case "APPROVED":
      return submission.revision
        ? `Approved ${name}: revision #${submission.revision.number} is live.`
        : `Approved ${name}: it changed nothing, so no new revision was made.`;
    case "REJECTED":
      return `Rejected ${name}. Its author will see your reason.`;
    case "CONFLICT":
      return `Nothing was applied from ${name}: a newer edit changed the same fields. Its author has been asked to update it.`;
    default:
      return null;
  }
}

/**
 * Pending submissions, oldest first, a page at a time by keyset: each page is one index range
 * scan, so the last page of 100,000 costs what the first does.
 */
export async function getModerationQueue(filters: QueueFilters, page: QueuePage) {
  const where = pendingWhere(filters);
  const backwards = page.direction === "before" || page.direction === "last";
  const cursor = page.cursor;
  // (createdAt, id) > cursor, spelled so that the createdAt bound starts the index range scan.
  const keyset: Prisma.SubmissionWhereInput | undefined =
    cursor && page.direction === "after"
      ? {
          createdAt: { gte: cursor.createdAt },
          OR: [{ createdAt: { gt: cursor.createdAt } }, { id: { gt: cursor.id } }],
        }
      : cursor && page.direction === "before"
        ? {
            createdAt: { lte: cursor.createdAt },
            OR: [{ createdAt: { lt: cursor.createdAt } }, { id: { lt: cursor.id } }],
          }
        : undefined;
  const rows = await db.submission.findMany({
    where: keyset ? { AND: [where, keyset] } : where,
    orderBy: backwards ? [{ createdAt: "desc" }, { id: "desc" }] : [{ createdAt: "asc" }, { id: "asc" }],
    take: QUEUE_PAGE_SIZE + 1,
    select: queueSelect,
  });
  const more = rows.length > QUEUE_PAGE_SIZE;
  const pageRows = rows.slice(0, QUEUE_PAGE_SIZE);
  if (backwards) pageRows.reverse();
  const named = await queueEntryNames(pageRows);
  const items = pageRows.map((row) => ({ ...row, entry: named(row) }));
  const first = items[0];
  const last = items.at(-1);
  return {
    items,
    previous: first && (backwards ? more : page.direction !== "first") ? encodeCursor(first) : null,
    next: last && (backwards ? page.direction !== "last" : more) ? encodeCursor(last) : null,
  };
}

type QueueRow = Prisma.SubmissionGetPayload<{ select: typeof queueSelect }>;

/** What a queue row is about: an entry of any kind, or the new entry it proposes. */
export type QueueEntry = { name: string; proposed: string | null } | null;

/**
 * The names of the entries a page of the queue is about, in one read per kind at most whatever the page
 * holds: films come with the rows; proposals name themselves in their change set.
 */
async function queueEntryNames(rows: QueueRow[]): Promise<(row: QueueRow) => QueueEntry> {
  const ids = (type: EntityType) =>
    rows.flatMap((row) => (!row.film && row.entityType === type && row.entityId !== null ? [row.entityId] : []));
  const proposals = rows.filter((row) => isNewEntryId(row.section)).map((row) => row.id);
  // Every kind through the registry; films come with their rows, so theirs ask nothing.
  const others = Object.values(ENTRY_KINDS).map(async ({ entityType: type }) =>
    (await findEntries(db, type, { ids: ids(type) })).map((entry) => [`${type}:${entry.id}`, entry.name] as const),
  );
  const [named, proposed] = await Promise.all([
    Promise.all(others),
    proposals.length > 0
      ? db.submission.findMany({ where: { id: { in: proposals } }, select: { id: true, section: true, changes: true } })
      : [],
  ]);
  const names = new Map<string, string>(named.flat());
  const proposalNames = new Map(
    proposed.flatMap((row) =>
      isNewEntryId(row.section)
        ? [
            [
              row.id,
              {
                name: proposedName(row.section, row.changes),
                proposed: entryKind(newEntryOf(row.section).entityType).noun,
              },
            ] as const,
          ]
        : [],
    ),
  );
  return (row) => {
    if (row.film) return { name: row.film.title, proposed: null };
    const proposal = proposalNames.get(row.id);
    if (proposal) return proposal;
    const name = names.get(`${row.entityType}:${row.entityId}`);
    return name ? { name, proposed: null } : null;
  };
}

/** Everything a moderator needs beside a submission: the proposal, the current values and the base. */
export async function getSubmissionReview(submissionId: number) {
  const submission = await db.submission.findUnique({
    where: { id: submissionId },
    select: {
      id: true,
      section: true,
      status: true,
      entityType: true,
      entityId: true,
      summary: true,
      source: true,
      changes: true,
      conflict: true,
      baseRevisionId: true,
      reviewReason: true,
      createdAt: true,
      reviewedAt: true,
      film: { select: { id: true, slug: true, title: true } },
      author: { select: { id: true, username: true, displayName: true } },
      reviewer: { select: { username: true, displayName: true } },
    },
  });
  if (!submission) return null;
  const values = isNewEntryId(submission.section)
    ? proposedEntryValues(submission.section, submission.changes as Record<string, unknown>)
    : await sectionReviewValues(submission);
  if (!values) return null;
  const entry = submission.film
    ? { href: `/films/${submission.film.slug}`, name: submission.film.title }
    : submission.entityId === null
      ? null
      : await getEntryLink(submission.entityType, submission.entityId);
  const conflict = submission.conflict as Conflicts | null;
  const versions = [values.current, values.base, ...eachSide(values.changes), ...eachSide(conflict ?? {})];
  const [names, wikiLinks] = await Promise.all([
    getEntryNames(versions),
    resolveWikiLinks(...wikiTexts(versions, values.wikiTextFields)),
  ]);
  return { ...submission, ...values, conflict, entry, names, wikiLinks };
}

/** Each version a change set or conflict holds of each field, as values of that one field. */
function eachSide(fields: Record<string, Record<string, unknown>>): Record<string, unknown>[] {
  const sides = ["before", "after", "base", "current", "proposed"];
  return Object.entries(fields).flatMap(([field, versions]) =>
    sides.filter((side) => side in versions).map((side) => ({ [field]: versions[side] })),
  );
}

/** Every version of a wiki-text field the page shows, so the rendered previews link what they name. */
function wikiTexts(versions: Record<string, unknown>[], fields: readonly string[]): string[] {
  return versions.flatMap((version) =>
    fields.map((field) => version[field]).filter((value): value is string => typeof value === "string"),
  );
}

type ReviewValues = {
  sectionTitle: string;
  fieldLabels: Record<string, string>;
  /** The fields shown rendered as well as compared as text. */
  wikiTextFields: readonly string[];
  changes: ChangeSet;
  current: Record<string, unknown>;
  base: Record<string, unknown>;
  /** What a proposed new entry is called, so the page can name it before it exists. */
  proposedName: string | null;
  /** The change merged with the section as it is now, by the engine's own rules: what approving would leave. */
  merge: Merge;
};

/** An edit of an existing entry: its change set beside the section now and at its base. */
async function sectionReviewValues(submission: {
  section: string;
  entityType: EntityType;
  entityId: number | null;
  baseRevisionId: number | null;
  changes: unknown;
}): Promise<ReviewValues | null> {
  if (submission.entityId === null || !isSectionId(submission.section)) return null;
  const definition = sectionOf(submission.section);
  const entity = { entityType: submission.entityType, entityId: submission.entityId };
  const [current, base] = await db.$transaction(async (tx) => [
    await definition.read(tx, entity.entityId),
    await baseValues(tx, definition, entity, submission.baseRevisionId),
  ]);
  const changes = submission.changes as ChangeSet;
  return {
    sectionTitle: sectionTitle(submission.section),
    fieldLabels: definition.fields as Record<string, string>,
    wikiTextFields: definition.wikiText ?? [],
    changes,
    current,
    base,
    proposedName: null,
    merge: mergeChangeSet(changes, current, mergeRulesOf(definition)),
  };
}

/** A proposed entry: every field goes from nothing to what was proposed. */
function proposedEntryValues(section: NewEntryId, proposed: Record<string, unknown>): ReviewValues {
  const kind = newEntryOf(section);
  const changes = Object.fromEntries(
    Object.keys(kind.fields)
      // Proposals made before a field existed have none.
      .filter((field) => (proposed[field] ?? "") !== "")
      .map((field) => [field, { before: null, after: proposed[field] }]),
  );
  return {
    sectionTitle: sectionTitle(section),
    fieldLabels: kind.fields,
    wikiTextFields: [],
    // Stored from the proposal's parsed JSON, so every value is JSON.
    changes: changes as ChangeSet,
    current: {},
    base: {},
    proposedName: proposedName(section, proposed),
    merge: mergeChangeSet(changes as ChangeSet, {}, WHOLE_FIELDS),
  };
}

export type SubmissionReview = NonNullable<Awaited<ReturnType<typeof getSubmissionReview>>>;

/** The name of the entry a submission is about, or of the entry it proposes. */
async function entryNameOf(submission: {
  section: string;
  entityType: EntityType;
  entityId: number | null;
  changes: unknown;
  film: { title: string } | null;
}): Promise<string | null> {
  if (submission.film) return submission.film.title;
  if (isNewEntryId(submission.section)) return proposedName(submission.section, submission.changes);
  return submission.entityId === null
    ? null
    : ((await getEntryLink(submission.entityType, submission.entityId))?.name ?? null);
}

function proposedName(section: NewEntryId, changes: unknown): string {
  return newEntryOf(section).names(changes as never).name;
}

/** What the withdraw confirmation names: the author's own submission, or null for anyone else's. */
export async function getOwnSubmissionHeading(author: Actor, submissionId: number) {
  const submission = await db.submission.findUnique({
    where: { id: submissionId },
    select: {
      id: true,
      authorId: true,
      section: true,
      status: true,
      summary: true,
      createdAt: true,
      entityType: true,
      entityId: true,
      changes: true,
      film: { select: { title: true } },
    },
  });
  if (!submission || submission.authorId !== author.id) return null;
  const { id, status, summary, createdAt, section } = submission;
  return {
    id,
    status,
    summary,
    createdAt,
    sectionTitle: sectionTitle(section),
    entryName: await entryNameOf(submission),
  };
}

export type OwnSubmissionHeading = NonNullable<Awaited<ReturnType<typeof getOwnSubmissionHeading>>>;

/** A person's submissions, newest first, with each pending one's place in the queue. */
export async function getAuthorSubmissions(authorId: number) {
  const [submissions, places] = await Promise.all([
    db.submission.findMany({
      where: { authorId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: 200,
      select: {
        id: true,
        section: true,
        status: true,
        summary: true,
        reviewReason: true,
        createdAt: true,
        reviewedAt: true,
        film: { select: { slug: true, title: true } },
      },
    }),
    db.$queryRaw<{ id: number; place: bigint }[]>`
      SELECT mine.id, (
        SELECT count(*) FROM "Submission" other
        WHERE other.status = 'PENDING' AND (other."createdAt", other.id) < (mine."createdAt", mine.id)
      ) + 1 AS place
      FROM "Submission" mine
      WHERE mine."authorId" = ${authorId} AND mine.status = 'PENDING'`,
  ]);
  const placeOf = new Map(places.map((row) => [row.id, Number(row.place)]));
  return submissions.map((submission) => ({
    ...submission,
    sectionTitle: sectionTitle(submission.section),
    queuePlace: placeOf.get(submission.id) ?? null,
  }));
}

/** "N pending edits" on a film page: moderators see all, an author their own, others nothing. */
export async function countPendingEdits(filmId: number, viewer: Actor | null): Promise<number> {
  if (!viewer) return 0;
  const mine = !can(viewer, "submission:review");
  return db.submission.count({
    where: {
      filmId,
      status: { in: ["PENDING", "CONFLICT"] satisfies SubmissionStatus[] },
      ...(mine ? { authorId: viewer.id } : {}),
    },
  });
}

/** The film a submission is about, for revalidating its pages after a decision. */
export async function getSubmissionFilmSlug(submissionId: number): Promise<string | null> {
  const submission = await db.submission.findUnique({
    where: { id: submissionId },
    select: { film: { select: { slug: true } } },
  });
  return submission?.film?.slug ?? null;
}

/** The editable values of a film section and the revision a new edit of it is based on. */
export async function getSectionForEditing(filmId: number, section: string) {
  if (!isSectionId(section)) return null;
  const definition = sectionOf(section);
  return db.$transaction(async (tx) => ({
    values: await definition.read(tx, filmId),
    baseRevisionId: await latestRevisionId(tx, { entityType: definition.entityType, entityId: filmId }, section),
    title: sectionTitle(section),
    choices: definition.choices ? await definition.choices(tx, filmId) : null,
  }));
}

/** The options a section's form offers from the database, or null for a section with none. */
export async function getSectionChoices(filmId: number, section: SectionId): Promise<unknown> {
  const definition = sectionOf(section);
  return definition.choices ? db.$transaction((tx) => definition.choices!(tx, filmId)) : null;
}

/** What a submission changes, for expiring the pages that show it. */
export async function getSubmissionTarget(submissionId: number) {
  return db.submission.findUnique({
    where: { id: submissionId },
    select: { entityType: true, entityId: true, section: true },
  });
}
