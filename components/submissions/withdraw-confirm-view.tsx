import Link from "next/link";
import { SubmittedTime } from "@/components/moderation/submitted-time";
import { withdrawOwnSubmission } from "@/lib/submissions/actions";
import type { OwnSubmissionHeading } from "@/lib/submissions/queries";
import { submissionStatusLabel } from "@/lib/submissions/status";
import { WithdrawForm } from "./withdraw-form";

/** Asks the author before withdrawing: a withdrawn submission cannot be reopened. */
export function WithdrawConfirmView({ submission }: { submission: OwnSubmissionHeading }) {
  const open = submission.status === "PENDING" || submission.status === "CONFLICT";
  const href = `/submissions/${submission.id}` as const;
  const about = submission.entryName ? ` to ${submission.entryName}` : "";
  return (
    <div className="space-y-6">
      <header className="space-y-2 border-b border-stone-200 pb-4">
        <p className="text-sm text-stone-700">Submission #{submission.id}</p>
        <h1 className="text-3xl font-bold tracking-tight">
          Withdraw your {submission.sectionTitle} edit{about}?
        </h1>
        <p className="text-stone-800">
          “<span className="break-words">{submission.summary}</span>”, submitted{" "}
          <SubmittedTime date={submission.createdAt} />.
        </p>
      </header>
      {open ? (
        <WithdrawForm action={withdrawOwnSubmission.bind(null, submission.id)} cancelHref={href} />
      ) : (
        <p className="rounded-md border border-amber-600 bg-amber-50 px-3 py-2 text-amber-950">
          This submission is already {submissionStatusLabel(submission.status).toLowerCase()}, so it can no longer be
          withdrawn.{" "}
          <Link href={href} className="underline">
            Back to the submission
          </Link>
          .
        </p>
      )}
    </div>
  );
}
