"use client";

import { useState, type FormEvent } from "react";
import { useFormAction } from "@/components/forms/use-form-action";
import { Field } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { CAPTION_MAX, MAX_UPLOAD_BYTES, UPLOAD_MESSAGES } from "@/lib/images/schema";
import type { PosterValues } from "@/lib/submissions/sections/poster/schema";
import { formFeedback, type EditFormProps } from "./edit-form-types";
import { EditFormActions, EditMetaFields } from "./edit-meta-fields";

const ACCEPTED_TYPES = "image/jpeg,image/png,image/webp";

/**
 * The Poster section: a new edit uploads an image (the action is submitPosterEdit). Amending a
 * poster submission keeps its image and changes only the summary and source; a different image is
 * a new edit.
 */
export function PosterEditForm({ action, values, meta, cancelHref }: EditFormProps<PosterValues>) {
  const [state, formAction] = useFormAction(action, null);
  const { errors, posted } = formFeedback(state);
  const amending = meta.amending === true;
  // A file over the limit is refused before sending it: the whole file would go, only to come back
  // refused (or, past the server's body limit, as a bare 413).
  const [tooLarge, setTooLarge] = useState(false);
  const checkSize = (event: FormEvent<HTMLFormElement>) => {
    const image = new FormData(event.currentTarget).get("image");
    const over = image instanceof File && image.size > MAX_UPLOAD_BYTES;
    setTooLarge(over);
    if (over) event.preventDefault();
  };
  return (
    <form action={formAction} onSubmit={checkSize} className="space-y-6" noValidate>
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
            errors={tooLarge ? [UPLOAD_MESSAGES.tooLarge] : errors.image}
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
