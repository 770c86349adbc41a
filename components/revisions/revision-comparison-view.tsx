import Link from "next/link";
import { ValueDiff } from "@/components/submissions/value-diff";
import type { ComparedRevision, RevisionComparison } from "@/lib/revisions/queries";
import { RevisionTime } from "./revision-time";
import { UserLink } from "./user-link";

type Film = { slug: string; title: string };

/** Why two revisions cannot be compared, in words that say what to do instead. */
function refusal(comparison: Exclude<RevisionComparison, { ok: true }> | null, film: Film): string {
  if (!comparison) return "Choose two revisions to compare: one under From and one under To.";
  switch (comparison.reason) {
    case "not-found":
      return "One of the revisions asked for does not exist. Choose two from the list of revisions.";
    case "other-film":
      return `One of the revisions asked for belongs to another film, not to ${film.title}. Choose both from its list of revisions.`;
    case "different-sections":
      return `These revisions change different sections (${comparison.sections[0]} and ${comparison.sections[1]}). Only revisions of the same section can be compared.`;
  }
}

function RevisionCard({ revision }: { revision: ComparedRevision }) {
  return (
    <div className="space-y-1 rounded-md border border-stone-200 bg-white p-3 text-sm">
      <p className="font-semibold">Revision #{revision.number}</p>
      <p>
        <RevisionTime at={revision.createdAt} /> by <UserLink user={revision.proposer} className="underline" />
      </p>
      <p className="text-stone-800">{revision.summary}</p>
    </div>
  );
}

export function RevisionComparisonView({ film, comparison }: { film: Film; comparison: RevisionComparison | null }) {
  const history = `/films/${film.slug}/history` as const;
  return (
    <div className="space-y-6">
      <header className="space-y-2 border-b border-stone-200 pb-4">
        <h1 className="text-3xl font-bold tracking-tight">Compare revisions of {film.title}</h1>
        <p className="text-stone-700">
          <Link href={history}>Back to the history of {film.title}</Link>
        </p>
      </header>
      {comparison?.ok ? (
        <>
          <p>
            {comparison.sectionTitle} as it was after revision #{comparison.older.number} and after revision #
            {comparison.newer.number}.
          </p>
          <div className="grid gap-3 sm:grid-cols-2">
            <RevisionCard revision={comparison.older} />
            <RevisionCard revision={comparison.newer} />
          </div>
          <ValueDiff
            names={comparison.names}
            labels={comparison.labels}
            left={comparison.older.values}
            right={comparison.newer.values}
            leftTitle={`Revision #${comparison.older.number}`}
            rightTitle={`Revision #${comparison.newer.number}`}
            caption={`${comparison.sectionTitle} after revision #${comparison.older.number} and after revision #${comparison.newer.number}`}
          />
        </>
      ) : (
        <p className="rounded-md border border-amber-600 bg-amber-50 px-3 py-2 text-amber-950">
          {refusal(comparison, film)}{" "}
          <Link href={history} className="underline">
            Go to the history
          </Link>
          .
        </p>
      )}
    </div>
  );
}
