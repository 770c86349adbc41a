"use client";

import { useFormAction } from "@/components/forms/use-form-action";
import { FormMessage } from "@/components/forms/form-message";
import { revert } from "@/lib/revisions/actions";

/** Restores a section as it was after this revision; the server asks the policy again. */
export function RevertButton({ revisionId, number }: { revisionId: number; number: number }) {
  const [state, action, pending] = useFormAction(revert.bind(null, revisionId), null, `revision-${number}`);
  return (
    <form action={action} className="space-y-2">
      <button
        type="submit"
        disabled={pending}
        aria-disabled={pending}
        className="rounded-md border border-stone-400 bg-white px-2 py-1 font-medium whitespace-nowrap disabled:opacity-70"
      >
        {pending ? "Reverting…" : "Revert to this"}
        <span className="sr-only"> (revision #{number})</span>
      </button>
      <FormMessage state={state} />
    </form>
  );
}
