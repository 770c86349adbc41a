import "server-only";
import type { Prisma, Submission } from "@/lib/generated/prisma/client";
import { slugify } from "@/lib/format/slug";
import { freeSlug, isNewEntryId, newEntryOf } from "./new-entries";
import { entryKind } from "@/lib/entries/kinds";

type Tx = Prisma.TransactionClient;

/**
 * Approves a proposed entry: creates it under a free slug, points the submission at it and
 * records its first revision, from nothing to the proposed fields.
 */
export async function createEntry(tx: Tx, submission: Submission, reviewerId: number) {
  if (!isNewEntryId(submission.section)) throw new Error(`Not a new entry: ${submission.section}`);
  const kind = newEntryOf(submission.section);
  const values = kind.schema.parse(submission.changes);
  const slug = await freeSlug(tx, kind.entityType, slugify(kind.names(values).name) || entryKind(kind.entityType).noun);
  const entityId = await kind.insert(tx, values, slug);
  const filmId = kind.entityType === "FILM" ? entityId : null;
  await tx.submission.update({
    where: { id: submission.id },
    data: { entityId, filmId, status: "APPROVED", reviewerId, reviewedAt: new Date() },
  });
  const revision = await tx.revision.create({
    data: {
      entityType: kind.entityType,
      entityId,
      filmId,
      section: kind.id,
      number: 1,
      before: {},
      after: values as Prisma.InputJsonObject,
      summary: submission.summary,
      proposerId: submission.authorId,
      approverId: reviewerId,
      submissionId: submission.id,
    },
    select: { id: true, number: true },
  });
  return { status: "APPROVED" as const, revision, slug };
}
