"use client";

import { useFormAction } from "@/components/forms/use-form-action";
import { Field } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import type { Choice } from "@/lib/submissions/sections/shared-schema";
import { FRANCHISE_NAME_MAX, type FranchiseValues } from "@/lib/submissions/sections/franchise/schema";
import { ChoiceList } from "./choice-list";
import { formFeedback, type EditFormProps } from "./edit-form-types";
import { EditFormActions, EditMetaFields } from "./edit-meta-fields";

/** Franchise: a name picked from the known franchises or typed to start a new one. */
export function FranchiseEditForm({
  action,
  values,
  meta,
  cancelHref,
  choices,
}: EditFormProps<FranchiseValues> & { choices: readonly Choice[] }) {
  const [state, formAction] = useFormAction(action, null);
  const { errors, posted } = formFeedback(state);
  return (
    <form action={formAction} className="space-y-6" noValidate>
      <FormMessage state={state} />
      <Field
        name="franchise"
        label="Franchise"
        hint="Choose a franchise Keyframe knows, or type a new name to start one. Leave it empty if it belongs to none."
        list="franchise-choices"
        maxLength={FRANCHISE_NAME_MAX}
        defaultValue={posted?.franchise ?? values.franchise ?? ""}
        errors={errors.franchise}
      />
      <ChoiceList id="franchise-choices" choices={choices} />
      <EditMetaFields meta={meta} errors={errors} posted={posted} />
      <EditFormActions cancelHref={cancelHref} />
    </form>
  );
}
