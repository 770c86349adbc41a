import { withdrawOwnSubmission } from "@/lib/submissions/actions";
import type { SubmissionStatus } from "@/lib/submissions/schema";
import { isFilmSection } from "@/lib/submissions/sections";
import { AuthorActionsControls } from "./author-actions-controls";

type Props = {
  submissionId: number;
  status: SubmissionStatus;
  section: string;
  /** Said to screen readers after "Amend" and "Withdraw" where several submissions share a page. */
  subject?: string;
};

/**
 * The author's own controls for a submission: amend it or withdraw it while a moderator has not
 * acted. Render it only for the author; the actions check again on the server.
 */
export function AuthorActions({ submissionId, status, section, subject }: Props) {
  const open = status === "PENDING" || status === "CONFLICT";
  return (
    <AuthorActionsControls
      submissionId={submissionId}
      open={open}
      // New entries cannot be amended, only withdrawn; the amend form serves film sections.
      amendable={open && isFilmSection(section)}
      withdraw={withdrawOwnSubmission.bind(null, submissionId)}
      subject={subject}
    />
  );
}
