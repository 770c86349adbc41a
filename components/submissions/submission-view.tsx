import Link from "next/link";
import type { ReactNode } from "react";
import { StatusBadge } from "@/components/moderation/status-badge";
import { SubmissionDiffs } from "@/components/moderation/submission-diffs";
import { SubmittedTime } from "@/components/moderation/submitted-time";
import { approve, reject } from "@/lib/submissions/actions";
import type { SubmissionReview } from "@/lib/submissions/queries";
import { withQueueFilters, type QueueFilterInput } from "@/lib/submissions/queue-params";
import { AuthorActions } from "./author-actions";
import { ReviewActions } from "./review-actions";

/** How the viewer relates to the submission; the route decides, from the policy. */
export type SubmissionViewer = { isAuthor: boolean; canReview: boolean };

/** A confirmation carried over from the form that led here. */
export type SubmissionNotice = "saved" | "amended" | "withdrawn" | null;

function noticeText(notice: SubmissionNotice, status: SubmissionReview["status"]): string | null {
  if (notice === "amended") return "Your changes to this submission were saved.";
  if (notice === "withdrawn") return status === "WITHDRAWN" ? "You withdrew this submission." : null;
  if (notice !== "saved") return null;
  // A reloaded address outlives the moment: once a moderator has decided, the badge says enough.
  if (status === "APPROVED") return "Your edit is live.";
  if (status === "CONFLICT") return "Your edit was saved, but it conflicts with a newer change. See below.";
  if (status === "PENDING")
    return "Thanks! Your edit has been submitted. Submissions can take several hours to be approved.";
  return null;
}

/** Only web addresses become links; anything else an author typed is shown as they typed it. */
function Source({ source }: { source: string }) {
  if (!source) return <span className="text-stone-700">None given</span>;
  let url: URL | null = null;
  try {
    url = new URL(source);
  } catch {
    // Not an absolute URL: a book, a disc, an interview.
  }
  if (url && (url.protocol === "http:" || url.protocol === "https:")) {
    return (
      <a href={url.href} rel="nofollow ugc noopener noreferrer" className="break-all">
        {source}
      </a>
    );
  }
  return <span className="break-words">{source}</span>;
}

function Detail({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="grid gap-1 sm:grid-cols-[10rem_1fr]">
      <dt className="font-medium text-stone-700">{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function UserLink({ user }: { user: { username: string; displayName: string } }) {
  return (
    <Link href={`/users/${user.username}`} className="underline">
      {user.displayName}
    </Link>
  );
}

export function SubmissionView({
  submission,
  viewer,
  notice,
  queue,
  reviewed,
}: {
  submission: SubmissionReview;
  viewer: SubmissionViewer;
  notice: SubmissionNotice;
  /** The moderation queue's filters, when a moderator came from a filtered queue. */
  queue: QueueFilterInput;
  /** What the moderator's previous decision did, when it led here. */
  reviewed: string | null;
}) {
  const confirmation = viewer.isAuthor ? noticeText(notice, submission.status) : viewer.canReview ? reviewed : null;
  const open = submission.status === "PENDING" || submission.status === "CONFLICT";
  return (
    <article className="space-y-8">
      {confirmation ? (
        <p role="status" className="rounded-md border border-green-700 bg-green-50 px-3 py-2 text-green-900">
          {confirmation}
        </p>
      ) : null}
      <header className="space-y-3 border-b border-stone-200 pb-4">
        {viewer.canReview ? (
          <p className="text-sm">
            <Link href={withQueueFilters("/moderation", queue)}>Back to the moderation queue</Link>
          </p>
        ) : null}
        <p className="text-sm text-stone-700">Submission #{submission.id}</p>
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-3xl font-bold tracking-tight">
            {submission.proposedName === null ? `${submission.sectionTitle} edit to ` : `${submission.sectionTitle}: `}
            {submission.entry ? (
              <Link href={submission.entry.href} className="underline">
                {submission.entry.name}
              </Link>
            ) : (
              (submission.proposedName ?? "an entry")
            )}
          </h1>
          <StatusBadge status={submission.status} />
        </div>
      </header>
      <dl className="space-y-3">
        <Detail term="Author">
          <UserLink user={submission.author} />
        </Detail>
        <Detail term="Submitted">
          <SubmittedTime date={submission.createdAt} />
        </Detail>
        <Detail term="Edit summary">
          <span className="break-words">{submission.summary}</span>
        </Detail>
        <Detail term="Source">
          <Source source={submission.source} />
        </Detail>
        {submission.reviewer && submission.reviewedAt ? (
          <Detail term="Reviewed">
            By <UserLink user={submission.reviewer} />, <SubmittedTime date={submission.reviewedAt} />
          </Detail>
        ) : null}
      </dl>
      {submission.status === "REJECTED" ? (
        <section aria-labelledby="reason-heading" className="space-y-2 rounded-md border border-red-700 bg-red-50 p-4">
          <h2 id="reason-heading" className="text-lg font-semibold text-red-900">
            Why it was rejected
          </h2>
          <p className="break-words whitespace-pre-wrap text-red-950">{submission.reviewReason}</p>
        </section>
      ) : null}
      {submission.status === "APPROVED" && submission.reviewReason ? (
        <section
          aria-labelledby="unchanged-heading"
          className="space-y-2 rounded-md border border-stone-400 bg-white p-4"
        >
          <h2 id="unchanged-heading" className="text-lg font-semibold">
            No new revision
          </h2>
          <p>{submission.reviewReason}</p>
        </section>
      ) : null}
      <SubmissionDiffs submission={submission} />
      {viewer.isAuthor ? (
        <>
          {viewer.canReview && open ? (
            <p className="text-stone-800">Another moderator will review your submission; nobody reviews their own.</p>
          ) : null}
          <AuthorActions submissionId={submission.id} status={submission.status} section={submission.section} />
        </>
      ) : viewer.canReview && open ? (
        <ReviewActions
          approveAction={approve.bind(null, submission.id)}
          rejectAction={reject.bind(null, submission.id)}
          canApprove={submission.status === "PENDING"}
          queue={queue}
        />
      ) : null}
    </article>
  );
}
