import Link from "next/link";
import { EmptyState } from "@/components/ui/section";
import type { FilmHistory } from "@/lib/revisions/queries";
import { OlderChangesNav } from "./older-changes-nav";
import { HistoryTable } from "./history-table";

const COMPARE_FORM = "compare-revisions";

export function FilmHistoryView({
  film,
  history,
  canRevert,
  paged,
  notice,
}: {
  film: { slug: string; title: string };
  history: FilmHistory;
  canRevert: boolean;
  paged: boolean;
  /** What a revert just did, when the confirmation led here. */
  notice: string | null;
}) {
  const path = `/films/${film.slug}/history`;
  return (
    <div className="space-y-6">
      {notice ? (
        <p role="status" className="rounded-md border border-green-700 bg-green-50 px-3 py-2 text-green-900">
          {notice}
        </p>
      ) : null}
      <header className="space-y-2 border-b border-stone-200 pb-4">
        <h1 className="text-3xl font-bold tracking-tight">History of {film.title}</h1>
        <p className="text-stone-700">
          Every change to{" "}
          <Link href={`/films/${film.slug}`} className="underline">
            {film.title}
          </Link>
          , newest first.
        </p>
      </header>
      {history.revisions.length === 0 ? (
        <EmptyState>{paged ? "There are no older changes." : "Nobody has changed it yet."}</EmptyState>
      ) : (
        <>
          {/* The radios sit in the table and join this form through their form attribute, so the revert forms need not nest in it. */}
          <form id={COMPARE_FORM} action={`${path}/compare`} method="get" className="flex flex-wrap items-center gap-3">
            <button
              type="submit"
              className="bg-accent-700 hover:bg-accent-600 rounded-md px-4 py-2 font-medium text-white"
            >
              Compare selected revisions
            </button>
            <p className="text-sm text-stone-700">
              Pick an older revision in From and a newer one of the same section in To. A row&apos;s “changes” shows
              what that revision changed.
            </p>
          </form>
          <HistoryTable revisions={history.revisions} path={path} compareForm={COMPARE_FORM} canRevert={canRevert} />
        </>
      )}
      <OlderChangesNav path={path} older={history.older} paged={paged} />
    </div>
  );
}
