"use client";

import { useFormAction } from "@/components/forms/use-form-action";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import type { FormState } from "@/lib/forms/form-state";

type Props = {
  /** `approve` and `reject` bound to this submission by the server. */
  approveAction: (previous: FormState | null) => Promise<FormState>;
  rejectAction: (previous: FormState | null, formData: FormData) => Promise<FormState>;
  /** Whether a decision can still be made; the forms go once it is made, their outcome stays. */
  open: boolean;
  /** A submission in conflict can only be rejected until its author updates it. */
  canApprove: boolean;
};

const REASON_ID = "review-reason";

/**
 * A moderator's two decisions. Mounted even after the decision, so the message survives the
 * refreshed page that the actions' revalidation brings.
 */
export function ReviewActions({ approveAction, rejectAction, open, canApprove }: Props) {
  const [approved, approveFormAction] = useFormAction(approveAction, null);
  const [rejected, rejectFormAction] = useFormAction(rejectAction, null);
  const reasonError = rejected && !rejected.ok ? rejected.fieldErrors.reason?.join(" ") : undefined;
  const typedReason = rejected && !rejected.ok ? rejected.values.reason : undefined;
  if (!open && !approved && !rejected) return null;
  return (
    <section aria-labelledby="review-heading" className="space-y-4 rounded-md border border-stone-200 bg-white p-4">
      <h2 id="review-heading" className="text-xl font-semibold">
        Review
      </h2>
      <FormMessage state={approved} />
      <FormMessage state={rejected} />
      {open ? (
        <div className="grid gap-6 md:grid-cols-2">
          {canApprove ? (
            <form action={approveFormAction} className="space-y-3">
              <p className="text-stone-800">
                Approving applies the change to the page at once, merged with anything changed since.
              </p>
              <SubmitButton pendingLabel="Approving…">Approve</SubmitButton>
            </form>
          ) : (
            <p className="text-stone-800">
              This edit conflicts with a newer change, so it cannot be approved until its author updates it.
            </p>
          )}
          <form action={rejectFormAction} noValidate className="space-y-3">
            <div className="space-y-1">
              <label htmlFor={REASON_ID} className="block font-medium">
                Reason for rejecting
              </label>
              <p id={`${REASON_ID}-hint`} className="text-sm text-stone-700">
                The author sees this. Say what would make the edit acceptable.
              </p>
              <textarea
                id={REASON_ID}
                name="reason"
                rows={4}
                required
                maxLength={1000}
                defaultValue={typedReason}
                aria-invalid={reasonError ? true : undefined}
                aria-describedby={[`${REASON_ID}-hint`, reasonError ? `${REASON_ID}-error` : null]
                  .filter(Boolean)
                  .join(" ")}
                className="w-full rounded-md border border-stone-400 bg-white px-3 py-2 aria-invalid:border-red-700"
              />
              {reasonError ? (
                <p id={`${REASON_ID}-error`} className="text-sm text-red-800">
                  {reasonError}
                </p>
              ) : null}
            </div>
            <SubmitButton pendingLabel="Rejecting…">Reject</SubmitButton>
          </form>
        </div>
      ) : null}
    </section>
  );
}
