"use server";

import { revalidatePath } from "next/cache";
import { submittingAsAuthor } from "@/lib/submissions/expire";
import { redirect } from "next/navigation";
import { z } from "zod";
import { AuthorizationError } from "@/lib/auth/policy";
import { getCurrentUser } from "@/lib/auth/session";
import { getFilmSlug } from "@/lib/films/queries";
import { failure, formFields, zodErrors, type FormState, SIGNED_OUT } from "@/lib/forms/form-state";
import { SectionFieldErrors, SubmissionError } from "@/lib/submissions/errors";
import { EditMetaSchema } from "@/lib/submissions/schema";
import { submitPosterUpload } from "./mutations";
import { ImageUploadError } from "./process-upload";
import { PosterUploadSchema } from "./schema";

const FilmIdSchema = z.number().int().positive();

/** Refusals the uploader can act on become messages; anything else is a bug for error.tsx. */
function refusal(fields: Record<string, string>, error: unknown): FormState {
  if (error instanceof ImageUploadError) return failure(fields, { fieldErrors: { image: [error.message] } });
  if (error instanceof SectionFieldErrors) {
    return failure(fields, { fieldErrors: { image: Object.values(error.fieldErrors).flat() } });
  }
  if (error instanceof SubmissionError || error instanceof AuthorizationError) {
    return failure(fields, { formError: error.message });
  }
  throw error;
}

/** The poster form: a file upload, so it has its own action rather than the text sections' submitEdit. */
export async function submitPosterEdit(
  filmId: number,
  _previous: FormState | null,
  formData: FormData,
): Promise<FormState> {
  const fields = formFields(formData);
  const actor = await getCurrentUser();
  if (!actor) return failure(fields, { formError: SIGNED_OUT });
  const slug = FilmIdSchema.safeParse(filmId).success ? await getFilmSlug(filmId) : null;
  if (!slug) return failure(fields, { formError: "That film does not exist." });
  const { summary, source, baseRevisionId, ...rest } = fields;
  const meta = EditMetaSchema.safeParse({ summary, source, baseRevisionId });
  const upload = PosterUploadSchema.safeParse({ ...rest, image: formData.get("image") ?? undefined });
  if (!meta.success || !upload.success) {
    const errors = [meta, upload].flatMap((result) => (result.success ? [] : [zodErrors(result.error)]));
    return failure(fields, {
      fieldErrors: Object.assign({}, ...errors.map((error) => error.fieldErrors)),
      formError: errors.find((error) => error.formError)?.formError,
    });
  }
  let submission;
  try {
    submission = await submittingAsAuthor(
      actor,
      async () => ({ entityType: "FILM", entityId: filmId, section: "poster" }),
      async () =>
        submitPosterUpload(actor, {
          filmId,
          bytes: new Uint8Array(await upload.data.image.arrayBuffer()),
          caption: upload.data.caption,
          meta: meta.data,
        }),
    );
  } catch (error) {
    return refusal(fields, error);
  }
  revalidatePath(`/films/${slug}`, "layout");
  redirect(`/submissions/${submission.id}?saved=1`);
}
