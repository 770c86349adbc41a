import Link from "next/link";
import type { SubmissionStatus } from "@/lib/submissions/schema";
import { isFilmSection } from "@/lib/submissions/sections";

type Props = {
  submissionId: number;
  status: SubmissionStatus;
  section: string;
  /** Said to screen readers after "Amend" and "Withdraw" where several submissions share a page. */
  subject?: string;
};

const button = "rounded-md border bg-white px-3 py-1 font-medium hover:no-underline";

/**
 * The author's own controls for a submission: amend it or withdraw it while a moderator has not
 * acted. Withdrawing asks first, on a page of its own. Render it only for the author; the actions
 * check again on the server.
 */
export function AuthorActions({ submissionId, status, section, subject }: Props) {
  if (status !== "PENDING" && status !== "CONFLICT") return null;
  const context = subject ? <span className="sr-only"> {subject}</span> : null;
  return (
    <div className="flex flex-wrap items-center gap-3">
      {/* New entries cannot be amended, only withdrawn; the amend form serves film sections. */}
      {isFilmSection(section) ? (
        <Link href={`/submissions/${submissionId}/edit`} className={`${button} border-stone-400 text-stone-900`}>
          Amend{context}
        </Link>
      ) : null}
      <Link href={`/submissions/${submissionId}/withdraw`} className={`${button} border-red-700 text-red-800`}>
        Withdraw{context}
      </Link>
    </div>
  );
}
