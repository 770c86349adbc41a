import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { jsonEqual } from "@/lib/submissions/change-set";
import { lockEntry } from "@/lib/entries/registry";
import { writeRevision } from "@/lib/submissions/apply";
import { SubmissionError } from "@/lib/submissions/errors";
import { sectionTitle } from "@/lib/submissions/section-title";
import { isSectionId, sectionOf } from "@/lib/submissions/sections";

/**
 * Puts a section back as it was right after an earlier revision; the revert is a revision too, and
 * its summary carries the moderator's reason.
 */
export async function revertToRevision(actor: Actor | null, revisionId: number, reason: string) {
  requirePermission(actor, "revision:revert");
  return db.$transaction(async (tx) => {
    const target = await tx.revision.findUnique({ where: { id: revisionId } });
    if (!target || !isSectionId(target.section)) {
      throw new SubmissionError("not-found", "That revision cannot be reverted to.");
    }
    // An old snapshot may predate today's rules for the section; it must still pass them.
    const restored = sectionOf(target.section).schema.safeParse(target.after);
    if (!restored.success) {
      throw new SubmissionError(
        "stale-base",
        "That revision no longer fits the section's rules; edit the section instead.",
      );
    }
    await lockEntry(tx, target.entityType, target.entityId);
    const current = await sectionOf(target.section).read(tx, target.entityId);
    if (jsonEqual(current, restored.data)) {
      throw new SubmissionError("nothing-changed", "The section is already as it was after that revision.");
    }
    return writeRevision(tx, {
      entityType: target.entityType,
      entityId: target.entityId,
      filmId: target.filmId,
      section: target.section,
      before: current,
      after: restored.data,
      summary: `Reverted ${sectionTitle(target.section)} to revision #${target.number}: ${reason}`,
      proposerId: actor.id,
      approverId: actor.id,
      revertOfId: target.id,
    });
  });
}
