"use client";

import { useActionState } from "react";
import { Field } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { CAPTION_MAX, type PosterValues } from "@/lib/images/schema";
import { formFeedback, type EditFormProps } from "./edit-form-types";
import { EditFormActions, EditMetaFields } from "./edit-meta-fields";

const ACCEPTED_TYPES = "image/jpeg,image/png,image/webp";

/**
 * The Poster section: a new edit uploads an image (the action is submitPosterEdit). Amending a
 * poster submission keeps its image and changes only the summary and source; a different image is
 * a new edit.
 */
export function PosterEditForm({ action, values, meta, cancelHref }: EditFormProps<PosterValues>) {
  const [state, formAction] = useActionState(action, null);
  const { errors, posted } = formFeedback(state);
  const amending = meta.baseRevisionId === undefined;
  return (
    <form action={formAction} className="space-y-6" noValidate>
      <FormMessage state={state} />
      {amending ? (
        <>
          <input type="hidden" name="posterId" value={values.posterId ?? ""} />
          <p className="text-stone-800">
            To propose a different image, withdraw this submission and upload the image as a new edit.
          </p>
        </>
      ) : (
        <>
          <Field
            name="image"
            label="Poster image"
            type="file"
            accept={ACCEPTED_TYPES}
            hint="A JPEG, PNG or WebP image of at most 10 MB. It is shown 600 pixels wide."
            required
            errors={errors.image}
            className="block w-full text-sm"
          />
          <Field
            name="caption"
            label="Caption (optional)"
            hint="What the image is, such as “Original US Poster Art”."
            maxLength={CAPTION_MAX}
            defaultValue={posted?.caption ?? ""}
            errors={errors.caption}
          />
        </>
      )}
      <EditMetaFields meta={meta} errors={errors} posted={posted} />
      <EditFormActions cancelHref={cancelHref} />
    </form>
  );
}
