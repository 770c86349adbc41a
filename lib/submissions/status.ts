import type { SubmissionStatus } from "@/lib/generated/prisma/enums";

const STATUS_LABELS: Record<SubmissionStatus, string> = {
  PENDING: "Pending review",
  APPROVED: "Approved",
  REJECTED: "Rejected",
  WITHDRAWN: "Withdrawn",
  CONFLICT: "Conflict",
};

/** A submission's status as readers see it. */
export function submissionStatusLabel(status: SubmissionStatus): string {
  return STATUS_LABELS[status];
}
