"use client";

import { useFormAction } from "@/components/forms/use-form-action";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextareaField } from "@/components/forms/textarea-field";
import type { FormState } from "@/lib/forms/form-state";

export function ItemNoteForm({
  action,
  note,
  filmTitle,
  itemId,
}: {
  action: (previous: FormState | null, formData: FormData) => Promise<FormState>;
  note: string;
  filmTitle: string;
  itemId: number;
}) {
  const [state, formAction] = useFormAction(action, null, `item-${itemId}`);
  const failed = state && !state.ok ? state : null;
  return (
    <details className="text-sm">
      <summary className="cursor-pointer">
        Edit note<span className="sr-only"> on {filmTitle}</span>
      </summary>
      <form action={formAction} className="mt-2 space-y-2">
        <FormMessage state={state} />
        <TextareaField
          name="note"
          label={`Note on ${filmTitle}`}
          rows={2}
          maxLength={1000}
          defaultValue={failed ? failed.values.note : note}
          errors={failed?.fieldErrors.note}
          fieldId={`field-note-${itemId}`}
        />
        <SubmitButton pendingLabel="Saving…">Save note</SubmitButton>
      </form>
    </details>
  );
}
