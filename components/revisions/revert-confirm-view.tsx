import Link from "next/link";
import { ValueDiff } from "@/components/submissions/value-diff";
import { revert } from "@/lib/revisions/actions";
import type { RevertPreview } from "@/lib/revisions/queries";
import { RevertForm } from "./revert-form";
import { RevisionTime } from "./revision-time";
import { UserLink } from "./user-link";

/** Asks before a revert: what the section would become, and why, which the history will show. */
export function RevertConfirmView({
  film,
  preview,
}: {
  film: { slug: string; title: string };
  preview: RevertPreview;
}) {
  const history = `/films/${film.slug}/history` as const;
  const { revision, sectionTitle } = preview;
  return (
    <div className="space-y-6">
      <header className="space-y-2 border-b border-stone-200 pb-4">
        <h1 className="text-3xl font-bold tracking-tight">
          Revert {sectionTitle} of {film.title} to revision #{revision.number}
        </h1>
        <p className="text-stone-700">
          Revision #{revision.number}, <RevisionTime at={revision.createdAt} /> by{" "}
          <UserLink user={revision.proposer} className="underline" />: {revision.summary}
        </p>
      </header>
      {preview.unchanged ? (
        <p className="rounded-md border border-amber-600 bg-amber-50 px-3 py-2 text-amber-950">
          {sectionTitle} is already as it was after revision #{revision.number}, so reverting would change nothing.{" "}
          <Link href={history} className="underline">
            Back to the history
          </Link>
          .
        </p>
      ) : (
        <>
          <section aria-labelledby="revert-changes" className="space-y-3">
            <h2 id="revert-changes" className="text-xl font-semibold">
              What the revert changes
            </h2>
            <ValueDiff
              names={preview.names}
              labels={preview.labels}
              left={preview.current}
              right={preview.restored}
              changedOnly
              leftTitle="Now on the site"
              rightTitle={`After the revert (as of revision #${revision.number})`}
              caption={`${sectionTitle}: now on the site and after the revert`}
            />
          </section>
          <RevertForm action={revert.bind(null, revision.id)} historyHref={history} />
        </>
      )}
    </div>
  );
}
