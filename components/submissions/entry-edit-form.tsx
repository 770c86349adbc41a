"use client";

import { useFormAction } from "@/components/forms/use-form-action";
import { Field } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { TextareaField } from "@/components/forms/textarea-field";
import { NAME_MAX } from "@/lib/submissions/entry-schema";
import { DECK_MAX, DESCRIPTION_MAX } from "@/lib/submissions/schema";
import { formFeedback, type EditFormProps } from "./edit-form-types";
import { EditFormActions, EditMetaFields } from "./edit-meta-fields";

type Props = EditFormProps<Record<string, string>> & {
  /** The long wiki text: a person's "bio", a character's "description". */
  text: { name: string; label: string };
};

/** The person and character sections: name, native name, deck and the wiki text. */
export function EntryEditForm({ action, values, meta, cancelHref, text }: Props) {
  const [state, formAction] = useFormAction(action, null);
  const { errors, posted } = formFeedback(state);
  return (
    <form action={formAction} className="space-y-6" noValidate>
      <FormMessage state={state} />
      <Field
        name="name"
        label="Name"
        required
        maxLength={NAME_MAX}
        defaultValue={posted?.name ?? values.name}
        errors={errors.name}
      />
      <Field
        name="nativeName"
        label="Native name"
        hint="In the original script, such as 今 敏."
        maxLength={NAME_MAX}
        defaultValue={posted?.nativeName ?? values.nativeName}
        errors={errors.nativeName}
      />
      <TextareaField
        name="deck"
        label="Deck"
        hint="One or two sentences shown under the name."
        rows={3}
        maxLength={DECK_MAX}
        defaultValue={posted?.deck ?? values.deck}
        errors={errors.deck}
      />
      <TextareaField
        name={text.name}
        label={text.label}
        hint="Markdown, with [[film:slug]] and [[person:slug]] links to other entries."
        rows={14}
        maxLength={DESCRIPTION_MAX}
        defaultValue={posted?.[text.name] ?? values[text.name]}
        errors={errors[text.name]}
        className="w-full rounded-md border border-stone-400 bg-white px-3 py-2 font-mono text-sm aria-invalid:border-red-700"
      />
      <EditMetaFields meta={meta} errors={errors} posted={posted} />
      <EditFormActions cancelHref={cancelHref} />
    </form>
  );
}
