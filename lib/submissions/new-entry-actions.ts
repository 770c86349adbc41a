"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { AuthorizationError } from "@/lib/auth/policy";
import { getCurrentUser } from "@/lib/auth/session";
import { failure, formFields, zodErrors, SIGNED_OUT } from "@/lib/forms/form-state";
import type { NewEntryFormState } from "./entry-schema";
import { SimilarEntriesError, SubmissionError } from "./errors";
import { proposeEntry } from "./mutations/propose-entry";
import { isNewEntryId, newEntryOf } from "./new-entries";
import { submittingAsAuthor } from "./expire";
import { getSubmissionTarget } from "./queries";
import { EditMetaSchema } from "./schema";

const ProposalMetaSchema = EditMetaSchema.pick({ summary: true, source: true });

/** Proposes a new film, person or character ("new-film", ...); `kind` is re-checked here. */
export async function proposeNewEntry(
  kind: string,
  _previous: NewEntryFormState | null,
  formData: FormData,
): Promise<NewEntryFormState> {
  const fields = formFields(formData);
  const actor = await getCurrentUser();
  if (!actor) return failure(fields, { formError: SIGNED_OUT });
  if (!isNewEntryId(kind)) return failure(fields, { formError: "Keyframe cannot take entries of that kind." });
  const { summary, source, notDuplicate, ...rest } = fields;
  const meta = ProposalMetaSchema.safeParse({ summary, source });
  const values = newEntryOf(kind).schema.safeParse(rest);
  if (!meta.success || !values.success) {
    const errors = [meta, values].flatMap((result) => (result.success ? [] : [zodErrors(result.error)]));
    return failure(fields, {
      fieldErrors: Object.assign({}, ...errors.map((error) => error.fieldErrors)),
      formError: errors.find((error) => error.formError)?.formError,
    });
  }
  let submission;
  try {
    // A trusted proposal is applied at once; the new entry's tag refreshes pages that link to it.
    submission = await submittingAsAuthor(
      actor,
      async (proposed) => (proposed ? getSubmissionTarget(proposed.id) : null),
      () => proposeEntry(actor, { kind, values: values.data, meta: meta.data, confirmedNew: notDuplicate === "on" }),
    );
  } catch (error) {
    if (error instanceof SimilarEntriesError) {
      const notOneOfThese = ["Check these entries, then tick the box if yours is not one of them."];
      return {
        ...failure(fields, { fieldErrors: { notDuplicate: notOneOfThese }, formError: error.message }),
        similar: error.similar,
      };
    }
    if (error instanceof SubmissionError || error instanceof AuthorizationError) {
      return failure(fields, { formError: error.message });
    }
    throw error;
  }
  revalidatePath("/moderation");
  redirect(`/submissions/${submission.id}?saved=1`);
}
