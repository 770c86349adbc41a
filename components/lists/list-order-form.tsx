"use client";

import Link from "next/link";
import { useActionState } from "react";
import { Field } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import type { FormState } from "@/lib/forms/form-state";

type Item = { id: number; film: { title: string; year: number | null } };

/** Every item's rank in one form, so a whole new order is one request (and needs no pointer). */
export function ListOrderForm({
  action,
  listId,
  items,
}: {
  action: (previous: FormState | null, formData: FormData) => Promise<FormState>;
  listId: number;
  items: Item[];
}) {
  const [state, formAction] = useActionState(action, null);
  const failed = state && !state.ok ? state : null;
  return (
    <form action={formAction} className="space-y-4">
      <FormMessage state={state} />
      <ol className="space-y-2">
        {items.map((item, index) => (
          <li key={item.id} className="flex items-end gap-3 rounded-md border border-stone-200 bg-white p-3">
            <input type="hidden" name={`items.${index}.id`} value={item.id} />
            <Field
              name={`items.${index}.rank`}
              label={`Rank of ${item.film.title}${item.film.year ? ` (${item.film.year})` : ""}`}
              inputMode="decimal"
              maxLength={10}
              defaultValue={failed?.values[`items.${index}.rank`] ?? String(index + 1)}
              errors={failed?.fieldErrors[`items.${index}.rank`]}
            />
          </li>
        ))}
      </ol>
      <div className="flex items-center gap-4">
        <SubmitButton pendingLabel="Saving the order…">Save order</SubmitButton>
        <Link href={`/lists/${listId}`}>Cancel</Link>
      </div>
    </form>
  );
}
