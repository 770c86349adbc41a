"use client";

import Link from "next/link";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextareaField } from "@/components/forms/textarea-field";
import { useFormAction } from "@/components/forms/use-form-action";
import type { FormState } from "@/lib/forms/form-state";
import { REVERT_REASON_MAX } from "@/lib/revisions/schema";

/** The reason and the button that performs a revert; the server asks the policy again. */
export function RevertForm({
  action: revert,
  historyHref,
}: {
  /** `revert` bound to the revision by the server, so the form posts without JavaScript too. */
  action: (previous: FormState | null, formData: FormData) => Promise<FormState>;
  historyHref: string;
}) {
  const [state, action] = useFormAction(revert, null);
  const failed = state && !state.ok ? state : null;
  return (
    <form action={action} noValidate className="space-y-4 rounded-md border border-stone-200 bg-white p-4">
      <FormMessage state={state} />
      <TextareaField
        name="reason"
        label="Reason for reverting"
        hint="Shown in the history with the revert."
        rows={3}
        required
        maxLength={REVERT_REASON_MAX}
        defaultValue={failed?.values.reason ?? ""}
        errors={failed?.fieldErrors.reason}
      />
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton pendingLabel="Reverting…">Revert</SubmitButton>
        <Link href={historyHref as `/films/${string}`}>Cancel</Link>
      </div>
    </form>
  );
}
