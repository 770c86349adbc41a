"use client";

import { useFormAction } from "@/components/forms/use-form-action";
import { Field } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { changeOwnPassword } from "@/lib/auth/actions";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/auth/schema";

/** The signed-in person's password. Passwords are never sent back into the page, even when refused. */
export function ChangePasswordForm() {
  const [state, action] = useFormAction(changeOwnPassword, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  return (
    <form action={action} className="max-w-md space-y-4" noValidate>
      <FormMessage state={state} />
      <Field
        name="currentPassword"
        label="Current password"
        type="password"
        autoComplete="current-password"
        required
        maxLength={PASSWORD_MAX}
        errors={errors.currentPassword}
      />
      <Field
        name="password"
        label="New password"
        hint={`At least ${PASSWORD_MIN} characters, and not a common password. Your other sessions are signed out; this one stays.`}
        type="password"
        autoComplete="new-password"
        required
        maxLength={PASSWORD_MAX}
        errors={errors.password}
      />
      <Field
        name="passwordConfirmation"
        label="Confirm new password"
        type="password"
        autoComplete="new-password"
        required
        maxLength={PASSWORD_MAX}
        errors={errors.passwordConfirmation}
      />
      <SubmitButton pendingLabel="Changing your password…">Change password</SubmitButton>
    </form>
  );
}
