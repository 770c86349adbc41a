import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { discardUnusedImages, proposedImageIds } from "@/lib/images/discard";
import { applySubmission } from "../apply";
import { SubmissionError } from "../errors";

type Tx = Prisma.TransactionClient;

const OPEN = ["PENDING", "CONFLICT"] as const;

/** Locks the submission and checks that this moderator may still act on it. */
async function lockForReview(tx: Tx, actor: Actor, submissionId: number) {
  await tx.$queryRaw`SELECT id FROM "Submission" WHERE id = ${submissionId} FOR UPDATE`;
  const submission = await tx.submission.findUnique({
    where: { id: submissionId },
    select: { authorId: true, status: true, section: true, changes: true },
  });
  if (!submission) throw new SubmissionError("not-found", "There is no such submission.");
  if (submission.authorId === actor.id) {
    throw new SubmissionError("own-submission", "Nobody reviews their own submission; another moderator will.");
  }
  if (!(OPEN as readonly string[]).includes(submission.status)) {
    throw new SubmissionError("closed", `This submission was already ${submission.status.toLowerCase()}.`);
  }
  return submission;
}

/** Approves a pending submission: applied in one transaction, or marked CONFLICT with both values. */
export async function approveSubmission(actor: Actor | null, submissionId: number) {
  requirePermission(actor, "submission:review");
  return db.$transaction(async (tx) => {
    const submission = await lockForReview(tx, actor, submissionId);
    if (submission.status === "CONFLICT") {
      throw new SubmissionError(
        "closed",
        "This submission conflicts with a newer edit; its author must update it first.",
      );
    }
    return applySubmission(tx, submissionId, actor.id);
  });
}

export async function rejectSubmission(actor: Actor | null, submissionId: number, reason: string) {
  requirePermission(actor, "submission:review");
  const rejected = await db.$transaction(async (tx) => {
    const submission = await lockForReview(tx, actor, submissionId);
    await tx.submission.update({
      where: { id: submissionId },
      data: { status: "REJECTED", reviewerId: actor.id, reviewedAt: new Date(), reviewReason: reason },
    });
    return submission;
  });
  // A refused poster is not kept, nor served to anyone.
  await discardUnusedImages(proposedImageIds(rejected));
}
