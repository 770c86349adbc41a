"use client";

import { useFormAction } from "@/components/forms/use-form-action";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import type { FormState } from "@/lib/forms/form-state";
import { QUEUE_FILTER_NAMES, type QueueFilterInput } from "@/lib/submissions/queue-params";

type Props = {
  /** `approve` and `reject` bound to this submission by the server. */
  approveAction: (previous: FormState | null, formData: FormData) => Promise<FormState>;
  rejectAction: (previous: FormState | null, formData: FormData) => Promise<FormState>;
  /** A submission in conflict can only be rejected until its author updates it. */
  canApprove: boolean;
  /** The queue's filters the moderator came with: after deciding, the next submission is within them. */
  queue: QueueFilterInput;
};

/** The queue's filters, posted with a decision. */
function QueueFields({ queue }: { queue: QueueFilterInput }) {
  return QUEUE_FILTER_NAMES.map((name) =>
    queue[name] ? <input key={name} type="hidden" name={name} value={queue[name]} /> : null,
  );
}

const REASON_ID = "review-reason";

/**
 * A moderator's two decisions, for an open submission. Either leads on to the next pending
 * submission, which says what the decision did; a refusal stays here beside the forms.
 */
export function ReviewActions({ approveAction, rejectAction, canApprove, queue }: Props) {
  const [approved, approveFormAction] = useFormAction(approveAction, null);
  const [rejected, rejectFormAction] = useFormAction(rejectAction, null);
  const reasonError = rejected && !rejected.ok ? rejected.fieldErrors.reason?.join(" ") : undefined;
  const typedReason = rejected && !rejected.ok ? rejected.values.reason : undefined;
  return (
    <section aria-labelledby="review-heading" className="space-y-4 rounded-md border border-stone-200 bg-white p-4">
      <h2 id="review-heading" className="text-xl font-semibold">
        Review
      </h2>
      <FormMessage state={approved} />
      <FormMessage state={rejected} />
      <div className="grid gap-6 md:grid-cols-2">
        {canApprove ? (
          <form action={approveFormAction} className="space-y-3">
            <QueueFields queue={queue} />
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
          <QueueFields queue={queue} />
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
    </section>
  );
}
