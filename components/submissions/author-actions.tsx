import { withdrawOwnSubmission } from "@/lib/submissions/actions";
import type { SubmissionStatus } from "@/lib/generated/prisma/enums";
import { AuthorActionsControls } from "./author-actions-controls";

type Props = {
  submissionId: number;
  status: SubmissionStatus;
  /** Said to screen readers after "Amend" and "Withdraw" where several submissions share a page. */
  subject?: string;
};

/**
 * The author's own controls for a submission: amend it or withdraw it while a moderator has not
 * acted. Render it only for the author; the actions check again on the server.
 */
export function AuthorActions({ submissionId, status, subject }: Props) {
  return (
    <AuthorActionsControls
      submissionId={submissionId}
      open={status === "PENDING" || status === "CONFLICT"}
      withdraw={withdrawOwnSubmission.bind(null, submissionId)}
      subject={subject}
    />
  );
}
