import { Section } from "@/components/ui/section";
import { ValueDiff } from "@/components/submissions/value-diff";
import { hasConflicts, jsonEqual } from "@/lib/submissions/change-set";
import type { SubmissionReview } from "@/lib/submissions/queries";

function pick(labels: Record<string, string>, fields: string[]): Record<string, string> {
  return Object.fromEntries(Object.entries(labels).filter(([field]) => fields.includes(field)));
}

function rendered(submission: SubmissionReview) {
  return { fields: submission.wikiTextFields, links: submission.wikiLinks };
}

function OpenDiffs({ submission }: { submission: SubmissionReview }) {
  const changed = pick(submission.fieldLabels, Object.keys(submission.changes));
  const movedOn = Object.keys(submission.fieldLabels).filter(
    (field) => !jsonEqual(submission.base[field], submission.current[field]),
  );
  // The engine's own merge, so the warning, this column and the outcome of Approve cannot disagree.
  const { merge } = submission;
  const clashing =
    submission.status === "PENDING" && hasConflicts(merge)
      ? Object.keys(merge.conflicts).map((field) => submission.fieldLabels[field] ?? field)
      : [];
  return (
    <>
      <Section id="proposed" title="Proposed changes">
        <ValueDiff
          names={submission.names}
          rendered={rendered(submission)}
          labels={changed}
          left={submission.current}
          right={merge.merged}
          leftTitle="Now on the site"
          rightTitle="With this edit"
          caption={`${submission.sectionTitle}: now on the site and with this edit`}
        />
      </Section>
      {movedOn.length > 0 ? (
        <Section id="since" title="Changed by others since this edit was made">
          <p className="text-stone-800">
            The author edited the section as it was before these changes. Approving keeps them with this edit merged in,
            row by row and paragraph by paragraph, except where this edit changes the same row, passage or field to
            something else: then nothing is applied and the author is asked to update it.
          </p>
          {clashing.length > 0 ? (
            <p className="rounded-md border border-orange-700 bg-orange-50 px-3 py-2 text-orange-950">
              Approving now would stop at a conflict in {clashing.join(", ")}.
            </p>
          ) : null}
          <ValueDiff
            names={submission.names}
            rendered={rendered(submission)}
            labels={pick(submission.fieldLabels, movedOn)}
            left={submission.base}
            right={submission.current}
            leftTitle="When the edit was made"
            rightTitle="Now on the site"
            caption={`${submission.sectionTitle}: when the edit was made and now`}
          />
        </Section>
      ) : null}
    </>
  );
}

/** A decided submission: the change as proposed, since the page itself has moved on. */
function ClosedDiff({ submission }: { submission: SubmissionReview }) {
  const entries = Object.entries(submission.changes);
  return (
    <Section id="proposed" title="Proposed changes">
      <ValueDiff
        names={submission.names}
        rendered={rendered(submission)}
        labels={pick(submission.fieldLabels, Object.keys(submission.changes))}
        left={Object.fromEntries(entries.map(([field, change]) => [field, change.before]))}
        right={Object.fromEntries(entries.map(([field, change]) => [field, change.after]))}
        leftTitle="Before the edit"
        rightTitle="Proposed"
        caption={`${submission.sectionTitle}: before the edit and as proposed`}
      />
    </Section>
  );
}

function ConflictDiff({ submission }: { submission: SubmissionReview }) {
  const conflict = submission.conflict ?? {};
  const entries = Object.entries(conflict);
  if (entries.length === 0) return null;
  return (
    <Section id="conflict" title="Conflict">
      <p className="text-stone-800">
        Since this edit was made, someone else changed the same parts of these fields to something different. Nothing
        was applied; the author must update the submission before it can be approved.
      </p>
      <ValueDiff
        names={submission.names}
        rendered={rendered(submission)}
        labels={pick(submission.fieldLabels, Object.keys(conflict))}
        left={Object.fromEntries(entries.map(([field, values]) => [field, values.current]))}
        right={Object.fromEntries(entries.map(([field, values]) => [field, values.proposed]))}
        leftTitle="Changed by someone else to"
        rightTitle="This edit proposes"
        caption={`${submission.sectionTitle}: the conflicting values`}
      />
    </Section>
  );
}

/** What the submission changes, compared with the page as it is now while it is still open. */
export function SubmissionDiffs({ submission }: { submission: SubmissionReview }) {
  if (submission.status === "CONFLICT") {
    return (
      <>
        <ConflictDiff submission={submission} />
        <OpenDiffs submission={submission} />
      </>
    );
  }
  if (submission.status === "PENDING") return <OpenDiffs submission={submission} />;
  return <ClosedDiff submission={submission} />;
}
