"use client";

import { useFormAction } from "@/components/forms/use-form-action";
import { FormMessage } from "@/components/forms/form-message";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import type { FormState } from "@/lib/forms/form-state";

/** The film page's "Add to list", choosing among the viewer's own lists. */
export function AddToListForm({
  action,
  lists,
}: {
  action: (previous: FormState | null, formData: FormData) => Promise<FormState>;
  lists: { id: number; title: string; hasFilm: boolean }[];
}) {
  const [state, formAction] = useFormAction(action, null);
  const failed = state && !state.ok ? state : null;
  const options = lists.map((list) => ({
    value: String(list.id),
    label: list.hasFilm ? `${list.title} (already on it)` : list.title,
  }));
  return (
    <form action={formAction} className="space-y-2 text-sm">
      <FormMessage state={state} />
      <SelectField
        name="listId"
        label="Add to list"
        options={options}
        defaultValue={failed?.values.listId ?? options[0]?.value}
        errors={failed?.fieldErrors.listId}
      />
      <SubmitButton pendingLabel="Adding…">Add to list</SubmitButton>
    </form>
  );
}
