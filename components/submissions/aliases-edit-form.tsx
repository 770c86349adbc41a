"use client";

import { useFormAction } from "@/components/forms/use-form-action";
import { Field } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { ALIAS_MAX, type AliasesValues } from "@/lib/submissions/sections/aliases/schema";
import { formRows } from "@/lib/submissions/sections/form-rows";
import { formFeedback, type EditFormProps } from "./edit-form-types";
import { EditFormActions, EditMetaFields } from "./edit-meta-fields";
import { EMPTY_ROWS } from "./list-rows";

/** Aliases: one input per name, with empty ones to add more; clearing an input removes that name. */
export function AliasesEditForm({ action, values, meta, cancelHref }: EditFormProps<AliasesValues>) {
  const [state, formAction] = useFormAction(action, null);
  const { errors, posted } = formFeedback(state);
  const filled = posted
    ? formRows(posted, "aliases")
        .map((row) => row.value ?? "")
        .filter((alias) => alias.trim() !== "")
    : values.aliases;
  const rows = [...filled, ...Array.from({ length: EMPTY_ROWS }, () => "")];
  return (
    <form action={formAction} className="space-y-6" noValidate>
      <FormMessage state={state} />
      <fieldset className="space-y-3" aria-describedby="aliases-hint">
        <legend className="font-medium">Aliases</legend>
        <p id="aliases-hint" className="text-sm text-stone-700">
          Other names the film is known by, one per box: working titles, translations, romanizations. Fill in an empty
          box to add a name; clear a box to remove it.
        </p>
        {errors.aliases?.length ? (
          <p role="alert" className="text-sm text-red-800">
            {errors.aliases.join(" ")}
          </p>
        ) : null}
        {rows.map((alias, index) => (
          <Field
            key={index}
            name={`aliases.${index}`}
            label={`Alias ${index + 1}`}
            maxLength={ALIAS_MAX}
            defaultValue={alias}
            errors={errors[`aliases.${index}`]}
          />
        ))}
      </fieldset>
      <EditMetaFields meta={meta} errors={errors} posted={posted} />
      <EditFormActions cancelHref={cancelHref} />
    </form>
  );
}
