"use client";

import Link from "next/link";
import { useFormAction } from "@/components/forms/use-form-action";
import { FormMessage } from "@/components/forms/form-message";
import type { FormState } from "@/lib/forms/form-state";

type Props = {
  submissionId: number;
  /** Whether the submission can still be changed. */
  open: boolean;
  amendable: boolean;
  withdraw: (previous: FormState | null) => Promise<FormState>;
  subject?: string;
};

// Stays mounted once the submission closes, so the outcome of withdrawing remains on screen.
export function AuthorActionsControls({ submissionId, open, amendable, withdraw, subject }: Props) {
  const [state, action, pending] = useFormAction(withdraw, null);
  const context = subject ? <span className="sr-only"> {subject}</span> : null;
  return (
    <div className="space-y-2">
      {open ? (
        <div className="flex flex-wrap items-center gap-3">
          {amendable ? (
            <Link
              href={`/submissions/${submissionId}/edit`}
              className="rounded-md border border-stone-400 bg-white px-3 py-1 font-medium text-stone-900 hover:no-underline"
            >
              Amend{context}
            </Link>
          ) : null}
          <form action={action}>
            <button
              type="submit"
              disabled={pending}
              aria-disabled={pending}
              className="rounded-md border border-red-700 bg-white px-3 py-1 font-medium text-red-800 disabled:opacity-70"
            >
              {pending ? "Withdrawing…" : "Withdraw"}
              {context}
            </button>
          </form>
        </div>
      ) : null}
      <FormMessage state={state} />
    </div>
  );
}
