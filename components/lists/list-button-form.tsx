"use client";

import { useActionState, type ReactNode } from "react";
import type { FormState } from "@/lib/forms/form-state";

type Props = {
  action: (previous: FormState | null) => Promise<FormState | null>;
  children: ReactNode;
  buttonClassName: string;
  label?: string;
  disabled?: boolean;
  className?: string;
};

/** A form of one button (move, remove, like, delete) that says why it was refused, beside the button. */
export function ListButtonForm({ action, children, buttonClassName, label, disabled, className }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} className={className}>
      <button type="submit" className={buttonClassName} disabled={disabled === true || pending} aria-label={label}>
        {children}
      </button>
      {state && !state.ok && state.formError ? (
        <p role="alert" className="mt-1 text-sm text-red-800">
          {state.formError}
        </p>
      ) : null}
    </form>
  );
}
