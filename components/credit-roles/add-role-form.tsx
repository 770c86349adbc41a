"use client";

import { useFormAction } from "@/components/forms/use-form-action";
import { Field } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { addRole } from "@/lib/credit-roles/actions";

export function AddRoleForm() {
  const [state, action] = useFormAction(addRole, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  return (
    <form action={action} className="max-w-md space-y-3">
      <FormMessage state={state} />
      <Field
        name="name"
        label="New role"
        hint="As credits should show it, e.g. “Storyboard Artist”."
        maxLength={60}
        required
        defaultValue={state && !state.ok ? state.values.name : undefined}
        key={state?.ok ? state.message : "role"}
        errors={errors.name}
      />
      <SubmitButton pendingLabel="Adding…">Add role</SubmitButton>
    </form>
  );
}
