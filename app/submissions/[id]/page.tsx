import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { SubmissionView, type SubmissionNotice } from "@/components/submissions/submission-view";
import { can } from "@/lib/auth/policy";
import { getCurrentUser, requireUser, type CurrentUser } from "@/lib/auth/session";
import { parseId } from "@/lib/ids";
import { readQueueParams } from "@/lib/submissions/filter-queries";
import { getReviewOutcome, getSubmissionReview } from "@/lib/submissions/queries";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** Its author and moderators see a submission; to anyone else it does not exist. */
const visibleSubmission = cache(async (rawId: string, user: CurrentUser | null) => {
  const id = parseId(rawId);
  if (!user || id === null) return null;
  const submission = await getSubmissionReview(id);
  if (!submission) return null;
  const isAuthor = submission.author.id === user.id;
  const canReview = can(user, "submission:review");
  return isAuthor || canReview ? { submission, viewer: { isAuthor, canReview } } : null;
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await visibleSubmission((await params).id, await getCurrentUser());
  if (!found) return { title: "Submission not found", robots: { index: false } };
  const { submission } = found;
  const entry = submission.entry?.name ?? submission.proposedName;
  return { title: `${submission.sectionTitle} edit${entry ? ` to ${entry}` : ""}`, robots: { index: false } };
}

export default async function SubmissionRoute({ params, searchParams }: Props) {
  const { id } = await params;
  const user = await requireUser(`/submissions/${encodeURIComponent(id)}`);
  const found = await visibleSubmission(id, user);
  if (!found) notFound();
  const query = await searchParams;
  const notice: SubmissionNotice =
    query.saved === "1" ? "saved" : query.amended === "1" ? "amended" : query.withdrawn === "1" ? "withdrawn" : null;
  // A moderator arrives from the queue, or from deciding on the submission before this one.
  const { input: queue } = readQueueParams(query);
  const reviewedId = typeof query.reviewed === "string" ? parseId(query.reviewed) : null;
  const reviewed = found.viewer.canReview && reviewedId !== null ? await getReviewOutcome(reviewedId) : null;
  return (
    <SubmissionView
      submission={found.submission}
      viewer={found.viewer}
      notice={notice}
      queue={queue}
      reviewed={reviewed}
    />
  );
}
