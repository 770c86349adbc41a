import Link from "next/link";
import { ValueDiff } from "@/components/submissions/value-diff";
import type { ComparedRevision, RevisionComparison } from "@/lib/revisions/queries";
import { RevisionTime } from "./revision-time";
import { UserLink } from "./user-link";

type Film = { slug: string; title: string };
type Refusal = Exclude<RevisionComparison, { ok: true }>;

/** Why two revisions cannot be compared, in words that say what to do instead. */
function refusal(comparison: Refusal | null, film: Film): string {
  if (!comparison) return "Choose two revisions to compare: one under From and one under To.";
  switch (comparison.reason) {
    case "not-found":
      return "One of the revisions asked for does not exist. Choose two from the list of revisions.";
    case "other-film":
      return `One of the revisions asked for belongs to another film, not to ${film.title}. Choose both from its list of revisions.`;
    case "same":
      return "From and To are the same revision. Choose an older revision under From, or leave From empty to see what To changed.";
    case "reversed":
      return "From is newer than To. Choose the older revision under From and the newer under To.";
    case "different-sections":
      return `These revisions change different sections (${comparison.sections[0]} and ${comparison.sections[1]}). Only revisions of the same section can be compared.`;
  }
}

function Refused({ comparison, film, history }: { comparison: Refusal | null; film: Film; history: string }) {
  return (
    <p className="rounded-md border border-amber-600 bg-amber-50 px-3 py-2 text-amber-950">
      {refusal(comparison, film)}{" "}
      {comparison?.reason === "reversed" ? (
        <>
          <Link href={`${history}/compare?from=${comparison.to}&to=${comparison.from}`} className="underline">
            Compare them the other way round
          </Link>
          .{" "}
        </>
      ) : null}
      <Link href={history} className="underline">
        Go to the history
      </Link>
      .
    </p>
  );
}

function RevisionCard({ revision, before }: { revision: ComparedRevision; before?: boolean }) {
  if (before) {
    return (
      <div className="space-y-1 rounded-md border border-stone-200 bg-white p-3 text-sm">
        <p className="font-semibold">Before revision #{revision.number}</p>
        <p className="text-stone-800">The section as it was before its first recorded revision.</p>
      </div>
    );
  }
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
  if (!comparison?.ok) {
    return (
      <div className="space-y-6">
        <ComparisonHeader film={film} history={history} />
        <Refused comparison={comparison} film={film} history={history} />
      </div>
    );
  }
  const { older, newer } = comparison;
  const olderTitle = older ? `Revision #${older.number}` : `Before revision #${newer.number}`;
  const olderPhrase = older ? `after revision #${older.number}` : `before revision #${newer.number}`;
  return (
    <div className="space-y-6">
      <ComparisonHeader film={film} history={history} />
      <p>
        {comparison.sectionTitle} as it was {olderPhrase} and after revision #{newer.number}.
      </p>
      <div className="grid gap-3 sm:grid-cols-2">
        <RevisionCard revision={older ?? newer} before={!older} />
        <RevisionCard revision={newer} />
      </div>
      <ValueDiff
        names={comparison.names}
        labels={comparison.labels}
        left={comparison.values.older}
        right={comparison.values.newer}
        leftTitle={olderTitle}
        rightTitle={`Revision #${newer.number}`}
        caption={`${comparison.sectionTitle} ${olderPhrase} and after revision #${newer.number}`}
      />
    </div>
  );
}

function ComparisonHeader({ film, history }: { film: Film; history: string }) {
  return (
    <header className="space-y-2 border-b border-stone-200 pb-4">
      <h1 className="text-3xl font-bold tracking-tight">Compare revisions of {film.title}</h1>
      <p className="text-stone-700">
        <Link href={history as `/films/${string}/history`}>Back to the history of {film.title}</Link>
      </p>
    </header>
  );
}
