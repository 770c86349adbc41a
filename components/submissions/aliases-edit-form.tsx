"use client";

import { useFormAction } from "@/components/forms/use-form-action";
import { Field } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { RowListFieldset } from "@/components/forms/row-list-fieldset";
import { rowField } from "@/lib/forms/numbered-rows";
import { ALIAS_MAX, aliasesFromForm, type AliasesValues } from "@/lib/submissions/sections/aliases/schema";
import { formFeedback, type EditFormProps } from "./edit-form-types";
import { EditFormActions, EditMetaFields } from "./edit-meta-fields";

/** Aliases: one input per name, with empty ones to add more; clearing an input removes that name. */
export function AliasesEditForm({ action, values, meta, cancelHref }: EditFormProps<AliasesValues>) {
  const [state, formAction] = useFormAction(action, null);
  const { errors, posted } = formFeedback(state);
  return (
    <form action={formAction} className="space-y-6" noValidate>
      <FormMessage state={state} />
      <RowListFieldset
        name="aliases"
        legend="Aliases"
        hint="Other names the film is known by, one per box: working titles, translations, romanizations. Fill in an empty box to add a name, or add more boxes; clear a box to remove it."
        errors={errors.aliases}
        rows={posted ? aliasesFromForm(posted) : values.aliases}
        blank=""
        posted={posted}
        noun="alias"
        renderRow={(alias, index) => (
          <Field
            name={rowField("aliases", index)}
            label={`Alias ${index + 1}`}
            maxLength={ALIAS_MAX}
            defaultValue={alias}
            errors={errors[rowField("aliases", index)]}
          />
        )}
      />
      <EditMetaFields meta={meta} errors={errors} posted={posted} />
      <EditFormActions cancelHref={cancelHref} />
    </form>
  );
}
