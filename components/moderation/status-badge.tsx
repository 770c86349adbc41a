import type { SubmissionStatus } from "@/lib/submissions/schema";
import { submissionStatusLabel } from "@/lib/submissions/status";

const STYLES: Record<SubmissionStatus, string> = {
  PENDING: "bg-amber-100 text-amber-900",
  APPROVED: "bg-green-100 text-green-900",
  REJECTED: "bg-red-100 text-red-900",
  WITHDRAWN: "bg-stone-200 text-stone-900",
  CONFLICT: "bg-orange-100 text-orange-900",
};

export function StatusBadge({ status }: { status: SubmissionStatus }) {
  return (
    <span className={`rounded-full px-2.5 py-0.5 text-sm font-medium whitespace-nowrap ${STYLES[status]}`}>
      {submissionStatusLabel(status)}
    </span>
  );
}
