import type { Metadata, Route } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EditConflictPanel } from "@/components/submissions/edit-conflict-panel";
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
          <ConflictBanner clashes={submission.conflicts.length} />
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
        key={submission.conflicts.map((choice) => (choice.mine ? choice.id : "")).join()}
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

/** What the amend form holds after a conflict, said as it is. */
function ConflictBanner({ clashes }: { clashes: number }) {
  return (
    <div className="space-y-2 rounded-md border border-amber-600 bg-amber-50 px-3 py-2 text-amber-950">
      <p>
        Newer edits were approved since you started. The form below starts from the site as it is now, with every part
        of your change that does not clash with them already merged in.
      </p>
      <p>
        {clashes === 0
          ? "Nothing clashes any more: check the form, save, and the submission waits for review again."
          : `${clashes === 1 ? "One part clashes" : `${clashes} parts clash`}: the form holds the site's version of each, so nothing approved is undone unless you choose your version or rewrite it. Saving sends the form as it stands for review.`}
      </p>
    </div>
  );
}
