"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { AuthorizationError } from "@/lib/auth/policy";
import { getCurrentUser } from "@/lib/auth/session";
import { expiringPagesShowing } from "@/lib/cache/affected";
import { failure, formFields, zodErrors, type FormState } from "@/lib/forms/form-state";
import { SubmissionError } from "@/lib/submissions/errors";
import { revertToRevision } from "./mutations";
import { getRevisionChangeTarget, getRevisionTarget, RevisionIdSchema } from "./queries";
import { RevertSchema } from "./schema";

/**
 * Puts a section back as it was after the given revision, bound to that revision's id, with the
 * reason the confirmation form gives; then back to the film's history, which says what was done.
 */
export async function revert(revisionId: number, _previous: FormState | null, formData: FormData): Promise<FormState> {
  const fields = formFields(formData);
  const actor = await getCurrentUser();
  if (!actor) return failure(fields, { formError: "Your session has ended. Sign in again to revert." });
  // Bound arguments come back from the browser as sent, so the id is checked like any input.
  const id = RevisionIdSchema.safeParse(revisionId);
  if (!id.success) return failure(fields, { formError: "There is no such revision." });
  const parsed = RevertSchema.safeParse(fields);
  if (!parsed.success) return failure(fields, zodErrors(parsed.error));
  let revision;
  try {
    revision = await expiringPagesShowing(
      () => getRevisionChangeTarget(id.data),
      () => revertToRevision(actor, id.data, parsed.data.reason),
      () => true,
    );
  } catch (error) {
    if (error instanceof SubmissionError || error instanceof AuthorizationError) {
      return failure(fields, { formError: error.message });
    }
    throw error;
  }
  const target = await getRevisionTarget(id.data);
  revalidatePath("/recent-changes");
  if (!target?.filmSlug) return { ok: true, message: `Reverted: revision #${revision.number} is live.` };
  // The film page, its history and its comparisons all show the section.
  revalidatePath(`/films/${target.filmSlug}`, "layout");
  redirect(`/films/${target.filmSlug}/history?reverted=${revision.id}`);
}
