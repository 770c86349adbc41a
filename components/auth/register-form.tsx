"use client";

import Link from "next/link";
import { useFormAction } from "@/components/forms/use-form-action";
import { Field } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { withReturnPath } from "@/lib/auth/return-path";
import { register } from "@/lib/auth/actions";
import { PASSWORD_MIN } from "@/lib/auth/schema";

export function RegisterForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, action] = useFormAction(register, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const values = state && !state.ok ? state.values : {};
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <Field
        name="username"
        label="Username"
        hint="3 to 32 characters: letters, digits, _ and -."
        autoComplete="username"
        required
        maxLength={64}
        defaultValue={values.username}
        errors={errors.username}
      />
      <Field
        name="email"
        label="Email (optional)"
        hint="Only for recovering your account; never shown."
        type="email"
        autoComplete="email"
        maxLength={254}
        defaultValue={values.email}
        errors={errors.email}
      />
      <Field
        name="password"
        label="Password"
        hint={`At least ${PASSWORD_MIN} characters, and not a common password.`}
        type="password"
        autoComplete="new-password"
        required
        errors={errors.password}
      />
      <Field
        name="passwordConfirmation"
        label="Confirm password"
        type="password"
        autoComplete="new-password"
        required
        errors={errors.passwordConfirmation}
      />
      <div className="flex items-center gap-4">
        <SubmitButton pendingLabel="Creating your account…">Create account</SubmitButton>
        <Link href={withReturnPath("/sign-in", callbackUrl)}>I already have an account</Link>
      </div>
    </form>
  );
}
