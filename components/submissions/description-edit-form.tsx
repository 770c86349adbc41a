"use client";

import { useFormAction } from "@/components/forms/use-form-action";
import { FormMessage } from "@/components/forms/form-message";
import { TextareaField } from "@/components/forms/textarea-field";
import { DECK_MAX, DESCRIPTION_MAX } from "@/lib/submissions/schema";
import type { DescriptionValues } from "@/lib/submissions/sections/description/schema";
import { formFeedback, type EditFormProps } from "./edit-form-types";
import { EditFormActions, EditMetaFields } from "./edit-meta-fields";

const wikiSyntax = (
  <>
    Markdown: <code>**bold**</code>, <code>_italic_</code>, lists, and headings with <code>#</code>. Link to entries
    with <code>[[film:akira|Akira]]</code> or <code>[[person:katsuhiro-otomo]]</code>; a link to an entry Keyframe does
    not have yet is shown as missing.
  </>
);

/** The Description section: the deck under the title and the long wiki text. */
export function DescriptionEditForm({ action, values, meta, cancelHref }: EditFormProps<DescriptionValues>) {
  const [state, formAction] = useFormAction(action, null);
  const { errors, posted } = formFeedback(state);
  return (
    <form action={formAction} className="space-y-6" noValidate>
      <FormMessage state={state} />
      <TextareaField
        name="deck"
        label="Deck"
        hint="One or two sentences shown under the title."
        rows={3}
        maxLength={DECK_MAX}
        defaultValue={posted?.deck ?? values.deck}
        errors={errors.deck}
      />
      <TextareaField
        name="description"
        label="Description"
        hint={wikiSyntax}
        rows={18}
        maxLength={DESCRIPTION_MAX}
        defaultValue={posted?.description ?? values.description}
        errors={errors.description}
        className="w-full rounded-md border border-stone-400 bg-white px-3 py-2 font-mono text-sm aria-invalid:border-red-700"
      />
      <EditMetaFields meta={meta} errors={errors} posted={posted} />
      <EditFormActions cancelHref={cancelHref} />
    </form>
  );
}
