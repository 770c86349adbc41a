import "server-only";
import { can, requirePermission, type Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { discardUnusedImages, proposedImageIds } from "@/lib/images/discard";
import { Prisma } from "@/lib/generated/prisma/client";
import { applySubmission } from "../apply";
import { latestRevisionId, proposedChanges } from "../base-values";
import { sectionTitle } from "../section-title";
import { refuseFieldErrors, resolveSection } from "../resolve-section";
import { SubmissionError } from "../errors";
import type { EditMeta } from "../schema";
import { sectionOf } from "../sections";

type Tx = Prisma.TransactionClient;

/** Locks an author's own open submission; anyone else's, or a closed one, is refused. */
async function lockOwnOpen(tx: Tx, actor: Actor, submissionId: number) {
  await tx.$queryRaw`SELECT id FROM "Submission" WHERE id = ${submissionId} FOR UPDATE`;
  const submission = await tx.submission.findUnique({ where: { id: submissionId } });
  if (!submission || submission.authorId !== actor.id) {
    throw new SubmissionError("not-found", "You have no such submission.");
  }
  if (submission.status !== "PENDING" && submission.status !== "CONFLICT") {
    throw new SubmissionError("closed", `This submission was already ${submission.status.toLowerCase()}.`);
  }
  return submission;
}

/**
 * Corrects a submission before a moderator acts. A pending one keeps its place in the queue; one in
 * conflict waits again. The change set is `values` against the revision the amend form was built on
 * (`meta.baseRevisionId`): for a conflict that is the newest when the form opened, so what the form
 * kept of the section is no change, and anything approved after it opened merges or conflicts at
 * approval as with any other edit. Without a base the submission keeps its own, or, in conflict,
 * takes the newest revision. `section` is the one whose schema parsed `values`: it must be the
 * submission's own, or the values would be written to a section that never checked them.
 */
export async function amendSubmission(
  actor: Actor | null,
  submissionId: number,
  input: {
    section: string;
    values: Record<string, unknown>;
    meta: Pick<EditMeta, "summary" | "source"> & { baseRevisionId?: number | null };
  },
) {
  requirePermission(actor, "submission:create");
  const { outcome, proposedBefore } = await db.$transaction(async (tx) => {
    const submission = await lockOwnOpen(tx, actor, submissionId);
    if (submission.entityId === null) throw new SubmissionError("closed", "New entries cannot be amended.");
    if (input.section !== submission.section) {
      throw new SubmissionError(
        "invalid",
        `This submission edits ${sectionTitle(submission.section)}; amend it with that section's form.`,
      );
    }
    const definition = sectionOf(submission.section);
    const entity = { entityType: submission.entityType, entityId: submission.entityId };
    const baseRevisionId =
      input.meta.baseRevisionId ??
      (submission.status === "CONFLICT"
        ? await latestRevisionId(tx, entity, submission.section)
        : submission.baseRevisionId);
    const { values, errors } = await resolveSection(tx, definition, submission.entityId, input.values);
    const changes = await proposedChanges(
      tx,
      definition,
      entity,
      baseRevisionId,
      values,
      "With these values your submission would change nothing.",
    );
    refuseFieldErrors(errors);
    await tx.submission.update({
      where: { id: submissionId },
      data: {
        changes: changes as Prisma.InputJsonObject,
        baseRevisionId,
        summary: input.meta.summary,
        source: input.meta.source,
        status: "PENDING",
        conflict: Prisma.DbNull,
      },
    });
    const outcome = can(actor, "submission:auto-approve")
      ? await applySubmission(tx, submissionId, actor.id)
      : { status: "PENDING" as const };
    return { outcome, proposedBefore: proposedImageIds(submission) };
  });
  // The poster it proposed before, unless it still does.
  await discardUnusedImages(proposedBefore);
  return outcome;
}

export async function withdrawSubmission(actor: Actor | null, submissionId: number) {
  requirePermission(actor, "submission:create");
  const withdrawn = await db.$transaction(async (tx) => {
    const submission = await lockOwnOpen(tx, actor, submissionId);
    await tx.submission.update({ where: { id: submissionId }, data: { status: "WITHDRAWN" } });
    return submission;
  });
  await discardUnusedImages(proposedImageIds(withdrawn));
}
