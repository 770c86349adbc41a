"use server";

import { revalidatePath } from "next/cache";
import { AuthorizationError } from "@/lib/auth/policy";
import { getCurrentUser } from "@/lib/auth/session";
import { expiringPagesShowing } from "@/lib/cache/affected";
import { failure, type FormState } from "@/lib/forms/form-state";
import { SubmissionError } from "@/lib/submissions/errors";
import { revertToRevision } from "./mutations";
import { getRevisionChangeTarget, getRevisionTarget, RevisionIdSchema } from "./queries";

/** Puts a section back as it was after the given revision; bound to that revision's id. */
export async function revert(revisionId: number, _previous: FormState | null): Promise<FormState> {
  const actor = await getCurrentUser();
  if (!actor) return failure({}, { formError: "Your session has ended. Sign in again to revert." });
  // Bound arguments come back from the browser as sent, so the id is checked like any input.
  const id = RevisionIdSchema.safeParse(revisionId);
  if (!id.success) return failure({}, { formError: "There is no such revision." });
  let revision;
  try {
    revision = await expiringPagesShowing(
      () => getRevisionChangeTarget(id.data),
      () => revertToRevision(actor, id.data),
      () => true,
    );
  } catch (error) {
    if (error instanceof SubmissionError || error instanceof AuthorizationError) {
      return failure({}, { formError: error.message });
    }
    throw error;
  }
  const target = await getRevisionTarget(id.data);
  // The film page, its history and its comparisons all show the section.
  if (target?.filmSlug) revalidatePath(`/films/${target.filmSlug}`, "layout");
  revalidatePath("/recent-changes");
  const restored = target ? `${target.sectionTitle} as it was after revision #${target.number}` : "the section";
  return { ok: true, message: `Reverted: revision #${revision.number} restores ${restored}.` };
}
