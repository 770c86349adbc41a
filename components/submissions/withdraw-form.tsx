"use client";

import Link from "next/link";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { useFormAction } from "@/components/forms/use-form-action";
import type { FormState } from "@/lib/forms/form-state";

export function WithdrawForm({
  action,
  cancelHref,
}: {
  /** `withdrawOwnSubmission` bound to the submission by the server. */
  action: (previous: FormState | null) => Promise<FormState>;
  cancelHref: `/submissions/${number}`;
}) {
  const [state, formAction] = useFormAction(action, null);
  return (
    <form action={formAction} className="space-y-4">
      <FormMessage state={state} />
      <p className="text-stone-800">
        A moderator will no longer review it, and it cannot be reopened: to propose the change again, make a new edit.
      </p>
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton pendingLabel="Withdrawing…">Withdraw</SubmitButton>
        <Link href={cancelHref}>Keep it</Link>
      </div>
    </form>
  );
}
