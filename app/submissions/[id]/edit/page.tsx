import type { Metadata, Route } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { SectionEditor } from "@/components/submissions/section-editor";
import { requireUser } from "@/lib/auth/session";
import { parseId } from "@/lib/ids";
import { amendOwnSubmission } from "@/lib/submissions/actions";
import { getSubmissionForAmending } from "@/lib/submissions/amend-queries";

type Props = { params: Promise<{ id: string }> };

export const metadata: Metadata = { title: "Amend your submission", robots: { index: false } };

export default async function AmendSubmissionRoute({ params }: Props) {
  const id = parseId((await params).id);
  if (!id) notFound();
  const user = await requireUser(`/submissions/${id}/edit`);
  const submission = await getSubmissionForAmending(id, user.id);
  if (!submission) notFound();
  const submissionHref: Route = `/submissions/${id}`;
  const heading = `Amend your edit of ${submission.title} — ${submission.film.title}`;
  if (submission.status !== "PENDING" && submission.status !== "CONFLICT") {
    return (
      <div className="max-w-3xl space-y-4">
        <h1 className="text-2xl font-bold">{heading}</h1>
        <p role="status" className="rounded-md border border-stone-300 bg-white px-3 py-2">
          This submission was already {submission.status.toLowerCase()}, so it can no longer be changed.
        </p>
        <p>
          <Link href={submissionHref}>Back to the submission</Link> ·{" "}
          <Link href={`/films/${submission.film.slug}/edit/${submission.section}`}>Make a new edit</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-2xl font-bold">{heading}</h1>
      {submission.status === "CONFLICT" ? (
        <p className="rounded-md border border-amber-600 bg-amber-50 px-3 py-2 text-amber-950">
          A newer edit changed the same fields. The form shows the current version with your changes on top; check them,
          save, and the submission waits for review again.
        </p>
      ) : (
        <p className="text-stone-800">Your submission keeps its place in the queue.</p>
      )}
      <SectionEditor
        section={submission.section}
        values={submission.values}
        choices={submission.choices}
        action={amendOwnSubmission.bind(null, id)}
        meta={{ summary: submission.summary, source: submission.source }}
        cancelHref={submissionHref}
      />
    </div>
  );
}
