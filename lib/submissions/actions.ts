"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { textField } from "@/lib/forms/text";
import { AuthorizationError, type Actor } from "@/lib/auth/policy";
import { getCurrentUser } from "@/lib/auth/session";
import { getFilmSlug } from "@/lib/films/queries";
import { failure, formFields, zodErrors, type FormState, SIGNED_OUT } from "@/lib/forms/form-state";
import { arrangesRows, withoutRowControls, withRowMoved } from "@/lib/forms/numbered-rows";
import { SectionFieldErrors, SubmissionError } from "./errors";
import { amendSubmission, withdrawSubmission } from "./mutations/author-submission";
import { approveSubmission, rejectSubmission } from "./mutations/review-submission";
import { getEntryLink } from "./entry-links";
import { submitEntityEdit, submitFilmEdit } from "./mutations/submit-edit";
import { expiringPagesShowing } from "@/lib/cache/affected";
import { submittingAsAuthor } from "./expire";
import { resolveQueueFilters } from "./filter-queries";
import { findNextPending, getSubmissionFilmSlug, getSubmissionTarget } from "./queries";
import { QueueFilterInputSchema, withQueueFilters, type QueueFilterInput } from "./queue-params";
import { EditMetaSchema } from "./schema";
import { isSectionId, sectionOf } from "./sections";

const IdSchema = z.number().int().positive();

/** Parses an edit form: the section's values and the edit's summary, source and base. */
function parseEdit(section: string, fields: Record<string, string>) {
  const { summary, source, baseRevisionId, ...rest } = withoutRowControls(fields);
  const unknown = Object.keys(rest).filter((name) => !sectionOf(section).formField.test(name));
  if (unknown.length > 0) {
    return { ok: false as const, errors: { fieldErrors: {}, formError: `Unexpected fields: ${unknown.join(", ")}.` } };
  }
  const meta = EditMetaSchema.safeParse({ summary, source, baseRevisionId });
  const values = sectionOf(section).schema.safeParse(sectionOf(section).fromForm(rest));
  if (!meta.success || !values.success) {
    const errors = [meta, values].flatMap((result) => (result.success ? [] : [zodErrors(result.error)]));
    return {
      ok: false as const,
      errors: {
        fieldErrors: Object.assign({}, ...errors.map((error) => error.fieldErrors)),
        formError: errors.find((error) => error.formError)?.formError,
      },
    };
  }
  return { ok: true as const, meta: meta.data, values: values.data };
}

/** Domain refusals become a message on the form; anything else is a bug for error.tsx. */
function refusal(fields: Record<string, string>, error: unknown): FormState {
  if (error instanceof SectionFieldErrors) {
    return failure(fields, { fieldErrors: error.fieldErrors, formError: error.message });
  }
  if (error instanceof SubmissionError || error instanceof AuthorizationError) {
    return failure(fields, { formError: error.message });
  }
  throw error;
}

/**
 * A post from the "Add rows" or a "Move" button of a form without JavaScript: the form comes back
 * as it was posted (a moved row's Order changed), with no message, and adds any empty rows itself;
 * nothing is checked or saved.
 */
function rowsArranged(fields: Record<string, string>): FormState {
  return failure(withRowMoved(fields), {});
}

const isId = (value: number) => IdSchema.safeParse(value).success;

/** Pages that show a submission's state: the film's, the queue, the submission's, the author's. */
async function revalidateSubmission(submissionId: number): Promise<void> {
  const slug = await getSubmissionFilmSlug(submissionId);
  if (slug) revalidatePath(`/films/${slug}`, "layout");
  revalidatePath("/moderation");
  revalidatePath(`/submissions/${submissionId}`);
  revalidatePath("/users/[username]/submissions", "page");
}

export async function submitEdit(
  filmId: number,
  section: string,
  _previous: FormState | null,
  formData: FormData,
): Promise<FormState> {
  const fields = formFields(formData);
  if (arrangesRows(fields)) return rowsArranged(fields);
  const actor = await getCurrentUser();
  if (!actor) return failure(fields, { formError: SIGNED_OUT });
  const slug = isId(filmId) ? await getFilmSlug(filmId) : null;
  if (!slug || !isSectionId(section)) return failure(fields, { formError: "That film or section does not exist." });
  const parsed = parseEdit(section, fields);
  if (!parsed.ok) return failure(fields, parsed.errors);
  let submission;
  try {
    submission = await submittingAsAuthor(
      actor,
      async () => ({ entityType: "FILM", entityId: filmId, section }),
      () => submitFilmEdit(actor, { filmId, section, values: parsed.values, meta: parsed.meta }),
    );
  } catch (error) {
    return refusal(fields, error);
  }
  revalidatePath(`/films/${slug}`, "layout");
  redirect(`/submissions/${submission.id}?saved=1`);
}

/** An edit of a person's or a character's own section; films have submitEdit. */
export async function submitEntryEdit(
  section: string,
  entityId: number,
  _previous: FormState | null,
  formData: FormData,
): Promise<FormState> {
  const fields = formFields(formData);
  if (arrangesRows(fields)) return rowsArranged(fields);
  const actor = await getCurrentUser();
  if (!actor) return failure(fields, { formError: SIGNED_OUT });
  const entityType = isSectionId(section) ? sectionOf(section).entityType : "FILM";
  const entry = entityType !== "FILM" && isId(entityId) ? await getEntryLink(entityType, entityId) : null;
  if (!entry) return failure(fields, { formError: "That entry or section does not exist." });
  const parsed = parseEdit(section, fields);
  if (!parsed.ok) return failure(fields, parsed.errors);
  let submission;
  try {
    submission = await submittingAsAuthor(
      actor,
      async () => ({ entityType, entityId, section }),
      () => submitEntityEdit(actor, { entityType, entityId, section, values: parsed.values, meta: parsed.meta }),
    );
  } catch (error) {
    return refusal(fields, error);
  }
  revalidatePath(entry.href);
  redirect(`/submissions/${submission.id}?saved=1`);
}

export async function amendOwnSubmission(
  submissionId: number,
  _previous: FormState | null,
  formData: FormData,
): Promise<FormState> {
  const fields = formFields(formData);
  if (arrangesRows(fields)) return rowsArranged(fields);
  const actor = await getCurrentUser();
  if (!actor) return failure(fields, { formError: SIGNED_OUT });
  // The form is read as the section the submission edits, never as one the browser names.
  const stored = isId(submissionId) ? await getSubmissionTarget(submissionId) : null;
  if (!stored || !isSectionId(stored.section)) return failure(fields, { formError: "There is no such submission." });
  const { section } = stored;
  const parsed = parseEdit(section, fields);
  if (!parsed.ok) return failure(fields, parsed.errors);
  try {
    // A trusted author's amendment (of a submission left in conflict) applies at once.
    await submittingAsAuthor(
      actor,
      () => getSubmissionTarget(submissionId),
      () => amendSubmission(actor, submissionId, { section, values: parsed.values, meta: parsed.meta }),
    );
  } catch (error) {
    return refusal(fields, error);
  }
  await revalidateSubmission(submissionId);
  redirect(`/submissions/${submissionId}?amended=1`);
}

export async function withdrawOwnSubmission(submissionId: number, _previous: FormState | null): Promise<FormState> {
  const actor = await getCurrentUser();
  if (!actor) return failure({}, { formError: SIGNED_OUT });
  if (!isId(submissionId)) return failure({}, { formError: "There is no such submission." });
  try {
    await withdrawSubmission(actor, submissionId);
  } catch (error) {
    return refusal({}, error);
  }
  await revalidateSubmission(submissionId);
  redirect(`/submissions/${submissionId}?withdrawn=1`);
}

/**
 * After a decision, the moderator moves on to the next pending submission under the queue's
 * filters, or back to the queue when none is left; either page says what the decision did.
 */
async function moveOnAfterReview(actor: Actor, submissionId: number, input: QueueFilterInput): Promise<never> {
  const { filters, matchesNothing } = await resolveQueueFilters(input);
  const next = matchesNothing ? null : await findNextPending(actor, filters, submissionId);
  const reviewed = { reviewed: String(submissionId) };
  redirect(
    next ? withQueueFilters(`/submissions/${next}`, input, reviewed) : withQueueFilters("/moderation", input, reviewed),
  );
}

export async function approve(
  submissionId: number,
  _previous: FormState | null,
  formData: FormData,
): Promise<FormState> {
  const fields = formFields(formData);
  const actor = await getCurrentUser();
  if (!actor) return failure({}, { formError: SIGNED_OUT });
  if (!isId(submissionId)) return failure({}, { formError: "There is no such submission." });
  const queue = z.strictObject(QueueFilterInputSchema.shape).safeParse(fields);
  if (!queue.success) return failure({}, zodErrors(queue.error));
  try {
    await expiringPagesShowing(
      () => getSubmissionTarget(submissionId),
      () => approveSubmission(actor, submissionId),
      (decided) => decided.status === "APPROVED",
    );
  } catch (error) {
    return refusal({}, error);
  }
  await revalidateSubmission(submissionId);
  return moveOnAfterReview(actor, submissionId, queue.data);
}

const RejectSchema = z.strictObject({
  reason: textField()
    .trim()
    .min(1, "Tell the author why, so they can do better next time.")
    .max(1000, "Reasons are at most 1,000 characters long."),
  ...QueueFilterInputSchema.shape,
});

export async function reject(
  submissionId: number,
  _previous: FormState | null,
  formData: FormData,
): Promise<FormState> {
  const fields = formFields(formData);
  const actor = await getCurrentUser();
  if (!actor) return failure(fields, { formError: SIGNED_OUT });
  if (!isId(submissionId)) return failure(fields, { formError: "There is no such submission." });
  const parsed = RejectSchema.safeParse(fields);
  if (!parsed.success) return failure(fields, zodErrors(parsed.error));
  const { reason, ...queue } = parsed.data;
  try {
    await rejectSubmission(actor, submissionId, reason);
  } catch (error) {
    return refusal(fields, error);
  }
  await revalidateSubmission(submissionId);
  return moveOnAfterReview(actor, submissionId, queue);
}
