"use client";

import { useFormAction } from "@/components/forms/use-form-action";
import { Field } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextareaField } from "@/components/forms/textarea-field";
import type { FormState } from "@/lib/forms/form-state";

type Details = { title: string; description: string; ranked: boolean; visibility: string };

const VISIBILITY_OPTIONS = [
  { value: "PUBLIC", label: "Public — anyone can find it" },
  { value: "UNLISTED", label: "Unlisted — only people with the link" },
  { value: "PRIVATE", label: "Private — only you" },
];

/** Creates a list or edits its details; the same fields either way. */
export function ListDetailsForm({
  action,
  initial,
  submitLabel,
}: {
  action: (previous: FormState | null, formData: FormData) => Promise<FormState>;
  initial: Details;
  submitLabel: string;
}) {
  const [state, formAction] = useFormAction(action, null);
  const failed = state && !state.ok ? state : null;
  const errors = failed?.fieldErrors ?? {};
  const values = failed ? failed.values : null;
  return (
    <form action={formAction} className="max-w-xl space-y-4">
      <FormMessage state={state} />
      <Field
        name="title"
        label="Title"
        maxLength={120}
        required
        defaultValue={values ? values.title : initial.title}
        errors={errors.title}
      />
      <TextareaField
        name="description"
        label="Description"
        hint="Optional, up to 2,000 characters."
        rows={4}
        maxLength={2000}
        defaultValue={values ? values.description : initial.description}
        errors={errors.description}
      />
      <div className="flex items-center gap-2">
        <input
          id="field-ranked"
          type="checkbox"
          name="ranked"
          defaultChecked={values ? values.ranked === "on" : initial.ranked}
        />
        <label htmlFor="field-ranked">Ranked — number the films in order</label>
      </div>
      <SelectField
        name="visibility"
        label="Who can see it"
        options={VISIBILITY_OPTIONS}
        defaultValue={values ? values.visibility : initial.visibility}
        errors={errors.visibility}
      />
      <SubmitButton pendingLabel="Saving…">{submitLabel}</SubmitButton>
    </form>
  );
}
