import type { Metadata, Route } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ConflictBanner, EditConflictPanel } from "@/components/submissions/edit-conflict-panel";
import { SectionEditor } from "@/components/submissions/section-editor";
import { requireUser } from "@/lib/auth/session";
import { parseId } from "@/lib/ids";
import { amendOwnSubmission } from "@/lib/submissions/actions";
import { parseMine } from "@/lib/submissions/amend-choices";
import { getSubmissionForAmending } from "@/lib/submissions/amend-queries";

type Props = {
  params: Promise<{ id: string }>;
  /** `mine`: the clashing parts the author chose their own version of. */
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const metadata: Metadata = { title: "Amend your submission", robots: { index: false } };

export default async function AmendSubmissionRoute({ params, searchParams }: Props) {
  const id = parseId((await params).id);
  if (!id) notFound();
  const user = await requireUser(`/submissions/${id}/edit`);
  const submission = await getSubmissionForAmending(id, user.id, parseMine((await searchParams).mine));
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
        <>
          <ConflictBanner conflicts={submission.conflicts} />
          <EditConflictPanel
            conflicts={submission.conflicts}
            fieldLabels={submission.fieldLabels}
            names={submission.names}
            href={`/submissions/${id}/edit`}
          />
        </>
      ) : (
        <p className="text-stone-800">Your submission keeps its place in the queue.</p>
      )}
      <SectionEditor
        // A choice in the conflict panel changes the starting values, which the form's inputs read only when they mount.
        key={`${submission.baseRevisionId}:${submission.conflicts.filter((choice) => choice.mine).map((choice) => choice.id)}`}
        section={submission.section}
        values={submission.values}
        choices={submission.choices}
        action={amendOwnSubmission.bind(null, id)}
        meta={{
          summary: submission.summary,
          source: submission.source,
          baseRevisionId: submission.baseRevisionId,
          amending: true,
        }}
        cancelHref={submissionHref}
      />
    </div>
  );
}
