import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { WithdrawConfirmView } from "@/components/submissions/withdraw-confirm-view";
import { requireUser } from "@/lib/auth/session";
import { parseId } from "@/lib/ids";
import { getOwnSubmissionHeading } from "@/lib/submissions/queries";

type Props = { params: Promise<{ id: string }> };

export const metadata: Metadata = { title: "Withdraw a submission", robots: { index: false } };

export default async function WithdrawSubmissionRoute({ params }: Props) {
  const { id } = await params;
  const user = await requireUser(`/submissions/${encodeURIComponent(id)}/withdraw`);
  const submissionId = parseId(id);
  // Only its author may withdraw it; to anyone else the page does not exist.
  const submission = submissionId === null ? null : await getOwnSubmissionHeading(user, submissionId);
  if (!submission) notFound();
  return <WithdrawConfirmView submission={submission} />;
}
