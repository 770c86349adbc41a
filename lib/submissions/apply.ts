import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { EntityType } from "@/lib/generated/prisma/enums";
import { lockEntry, touchEntry } from "@/lib/entries/registry";
import { NOTHING_TO_CHANGE } from "./base-values";
import { hasConflicts, jsonEqual, mergeChangeSet, type ChangeSet } from "./change-set";
import { mergeRulesOf } from "./merge/rules";
import { createEntry } from "./create-entry";
import { sectionTitle } from "./section-title";
import { sectionOf } from "./sections";

type Tx = Prisma.TransactionClient;

/** Writes a section's new values and records the change as the entry's next revision. */
export async function writeRevision(
  tx: Tx,
  change: {
    entityType: EntityType;
    entityId: number;
    filmId: number | null;
    section: string;
    before: Record<string, unknown>;
    after: Record<string, unknown>;
    summary: string;
    proposerId: number;
    approverId: number | null;
    submissionId?: number;
    revertOfId?: number;
  },
) {
  const definition = sectionOf(change.section);
  const affected = [];
  for (const section of definition.affects ?? []) {
    affected.push({ section, before: await sectionOf(section).read(tx, change.entityId) });
  }
  await definition.write(tx, change.entityId, change.after);
  const last = await tx.revision.findFirst({
    where: { entityType: change.entityType, entityId: change.entityId },
    orderBy: { number: "desc" },
    select: { number: true },
  });
  await touchEntry(tx, change.entityType, change.entityId);
  const revision = await tx.revision.create({
    data: {
      entityType: change.entityType,
      entityId: change.entityId,
      filmId: change.filmId,
      section: change.section,
      number: (last?.number ?? 0) + 1,
      // Stored as read back, so history shows exactly what the tables hold.
      before: change.before as Prisma.InputJsonObject,
      after: (await definition.read(tx, change.entityId)) as Prisma.InputJsonObject,
      summary: change.summary,
      proposerId: change.proposerId,
      approverId: change.approverId,
      submissionId: change.submissionId,
      revertOfId: change.revertOfId,
    },
    select: { id: true, number: true },
  });
  let number = revision.number;
  for (const { section, before } of affected) {
    const after = await sectionOf(section).read(tx, change.entityId);
    if (jsonEqual(before, after)) continue;
    number += 1;
    await tx.revision.create({
      data: {
        entityType: change.entityType,
        entityId: change.entityId,
        filmId: change.filmId,
        section,
        number,
        before: before as Prisma.InputJsonObject,
        after: after as Prisma.InputJsonObject,
        summary: `${change.summary} (follows the ${sectionTitle(change.section)} edit)`,
        proposerId: change.proposerId,
        approverId: change.approverId,
      },
    });
  }
  return revision;
}

/**
 * Applies a pending submission inside the caller's transaction: merged with whatever changed
 * since its base, field by field, lists by row and long text by passage; on a conflict nothing is
 * written and the submission says why. A proposed new entry (no entityId yet) is created instead.
 */
export async function applySubmission(tx: Tx, submissionId: number, reviewerId: number) {
  const submission = await tx.submission.findUniqueOrThrow({ where: { id: submissionId } });
  if (submission.entityId === null) return createEntry(tx, submission, reviewerId);
  await lockEntry(tx, submission.entityType, submission.entityId);
  const definition = sectionOf(submission.section);
  const current = await definition.read(tx, submission.entityId);
  const merge = mergeChangeSet(submission.changes as ChangeSet, current, mergeRulesOf(definition));
  const reviewed = { reviewerId, reviewedAt: new Date() };
  if (hasConflicts(merge)) {
    await tx.submission.update({
      where: { id: submissionId },
      data: { status: "CONFLICT", conflict: merge.conflicts as Prisma.InputJsonObject, ...reviewed },
    });
    return { status: "CONFLICT" as const, conflicts: merge.conflicts };
  }
  if (jsonEqual(merge.merged, current)) {
    // Someone made the same change since: approved, as MusicBrainz applies an edit whose values
    // are already in place, but with no empty revision and no page to refresh.
    await tx.submission.update({
      where: { id: submissionId },
      data: { status: "APPROVED", reviewReason: NOTHING_TO_CHANGE, ...reviewed },
    });
    return { status: "UNCHANGED" as const };
  }
  const revision = await writeRevision(tx, {
    entityType: submission.entityType,
    entityId: submission.entityId,
    filmId: submission.filmId,
    section: submission.section,
    before: current,
    after: merge.merged,
    summary: submission.summary,
    proposerId: submission.authorId,
    approverId: reviewerId,
    submissionId,
  });
  await tx.submission.update({ where: { id: submissionId }, data: { status: "APPROVED", ...reviewed } });
  return { status: "APPROVED" as const, revision };
}
