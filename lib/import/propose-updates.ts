import type { Prisma } from "@/lib/generated/prisma/client";
import { diffValues, jsonEqual, type ChangeSet } from "@/lib/submissions/change-set";
import type { ImportContext } from "./create-works";
import { EMPTY_VALUES, IMPORTED_SECTIONS, type ImportValues, type MappedWork } from "./values";

type Tx = Prisma.TransactionClient;

export type KnownWork = { work: MappedWork; filmId: number; importedId: number; stored: Partial<ImportValues> };

/** The sections whose values the source changed since they were last imported. */
export function changedSections(stored: Partial<ImportValues>, values: ImportValues) {
  return IMPORTED_SECTIONS.filter((section) => {
    const before = stored[section] ?? (section === "title" ? null : EMPTY_VALUES[section]);
    return !jsonEqual(before, values[section]);
  });
}

/**
 * A pending submission's changes followed by another upstream change: each field keeps the value
 * its first change was made against, and takes the newest value; a field back where it started
 * is no change.
 */
function combine(pending: ChangeSet, next: ChangeSet): ChangeSet {
  const combined: ChangeSet = {};
  for (const field of new Set([...Object.keys(pending), ...Object.keys(next)])) {
    const before = pending[field]?.before ?? next[field]!.before;
    const after = next[field]?.after ?? pending[field]!.after;
    if (!jsonEqual(before, after)) combined[field] = { before, after };
  }
  return combined;
}

/** The newest revision of each film and section asked for, by "filmId:section". */
async function latestRevisions(tx: Tx, filmIds: number[]) {
  const rows = await tx.$queryRaw<{ filmId: number; section: string; id: number }[]>`
    SELECT DISTINCT ON ("entityId", section) "entityId" AS "filmId", section, id
    FROM "Revision"
    WHERE "entityType" = 'FILM' AND "entityId" = ANY(${filmIds}::int[])
    ORDER BY "entityId", section, number DESC`;
  return new Map(rows.map((row) => [`${row.filmId}:${row.section}`, row.id]));
}

/**
 * For works imported before: each section the source changed since becomes a pending submission
 * by the importer (before = what was imported last, after = the new values), made against the
 * work's current revision, so approval merges it through the conflict engine and editors' work is
 * never overwritten. A submission of the importer's still pending for that section is brought up
 * to date instead of doubled. Returns how many submissions were written.
 */
export async function proposeUpdates(tx: Tx, known: readonly KnownWork[], context: ImportContext): Promise<number> {
  const filmIds = known.map(({ filmId }) => filmId);
  if (filmIds.length === 0) return 0;
  const pendingRows = await tx.submission.findMany({
    where: { authorId: context.importerId, status: "PENDING", filmId: { in: filmIds } },
    select: { id: true, filmId: true, section: true, changes: true },
  });
  const pending = new Map(pendingRows.map((row) => [`${row.filmId}:${row.section}`, row]));
  const base = await latestRevisions(tx, filmIds);
  let proposed = 0;
  for (const { work, filmId, importedId, stored } of known) {
    for (const section of changedSections(stored, work.values)) {
      const before = (stored[section] ?? {}) as Record<string, unknown>;
      const changes = diffValues(before, work.values[section]);
      const key = `${filmId}:${section}`;
      const open = pending.get(key);
      const combined = open ? combine(open.changes as ChangeSet, changes) : changes;
      if (open && Object.keys(combined).length === 0) {
        // Upstream went back to what the work was imported with: nothing is left to propose.
        await tx.submission.update({ where: { id: open.id }, data: { status: "WITHDRAWN" } });
        continue;
      }
      const data = {
        changes: combined as Prisma.InputJsonObject,
        baseRevisionId: base.get(key) ?? null,
        summary: `${context.source} ${context.version}: upstream change`,
      };
      if (open) await tx.submission.update({ where: { id: open.id }, data });
      else {
        await tx.submission.create({
          data: {
            ...data,
            entityType: "FILM",
            entityId: filmId,
            filmId,
            section,
            authorId: context.importerId,
            source: context.source,
          },
        });
      }
      proposed += 1;
    }
    await tx.importedWork.update({
      where: { id: importedId },
      data: { values: work.values as Prisma.InputJsonObject, version: context.version },
    });
    context.onRows?.(1);
  }
  return proposed;
}
