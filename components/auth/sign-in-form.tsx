"use client";

import Link from "next/link";
import { useFormAction } from "@/components/forms/use-form-action";
import { Field } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { withReturnPath } from "@/lib/auth/return-path";
import { signIn } from "@/lib/auth/actions";

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, action] = useFormAction(signIn, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const values = state && !state.ok ? state.values : {};
  return (
    <form action={action} className="space-y-4" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <Field
        name="username"
        label="Username"
        autoComplete="username"
        required
        maxLength={64}
        defaultValue={values.username}
        errors={errors.username}
      />
      <Field
        name="password"
        label="Password"
        type="password"
        autoComplete="current-password"
        required
        errors={errors.password}
      />
      <div className="flex items-center gap-4">
        <SubmitButton pendingLabel="Signing in…">Sign in</SubmitButton>
        <Link href={withReturnPath("/register", callbackUrl)}>Create an account</Link>
      </div>
    </form>
  );
}
