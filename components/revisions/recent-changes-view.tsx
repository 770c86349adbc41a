import Link from "next/link";
import { EmptyState } from "@/components/ui/section";
import type { RecentChange } from "@/lib/revisions/queries";
import { OlderChangesNav } from "./older-changes-nav";
import { RevisionSummary } from "./revision-summary";
import { RevisionTime } from "./revision-time";
import { UserLink } from "./user-link";
import { ScrollableTable } from "@/components/ui/scrollable-table";

const cell = "p-2 align-top";

export function RecentChangesView({
  changes,
  older,
  paged,
}: {
  changes: RecentChange[];
  older: string | null;
  paged: boolean;
}) {
  return (
    <div className="space-y-6">
      <header className="space-y-2 border-b border-stone-200 pb-4">
        <h1 className="text-3xl font-bold tracking-tight">Recent changes</h1>
        <p className="text-stone-700">
          Every change to every film, newest first. Follow them in a feed reader with the{" "}
          <a href="/recent-changes/feed.xml" type="application/atom+xml" className="underline">
            Atom feed
          </a>
          .
        </p>
      </header>
      {changes.length === 0 ? (
        <EmptyState>{paged ? "There are no older changes." : "Nothing has changed yet."}</EmptyState>
      ) : (
        <ScrollableTable label="Changes, newest first">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Changes, newest first</caption>
            <thead className="bg-stone-100">
              <tr>
                <th scope="col" className={cell}>
                  Film
                </th>
                <th scope="col" className={cell}>
                  Section
                </th>
                <th scope="col" className={cell}>
                  Revision
                </th>
                <th scope="col" className={cell}>
                  Author
                </th>
                <th scope="col" className={cell}>
                  Time
                </th>
                <th scope="col" className={cell}>
                  Summary
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-stone-200">
              {changes.map((change) => (
                <tr key={change.id}>
                  <th scope="row" className={`${cell} font-semibold`}>
                    <Link href={`/films/${change.film.slug}`}>{change.film.title}</Link>
                  </th>
                  <td className={cell}>{change.sectionTitle}</td>
                  <td className={cell}>
                    <Link href={`/films/${change.film.slug}/history#revision-${change.id}`}>#{change.number}</Link>
                  </td>
                  <td className={cell}>
                    <UserLink user={change.proposer} />
                  </td>
                  <td className={`${cell} whitespace-nowrap`}>
                    <RevisionTime at={change.createdAt} />
                  </td>
                  <td className={cell}>
                    <RevisionSummary summary={change.summary} revertOfNumber={change.revertOfNumber} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollableTable>
      )}
      <OlderChangesNav path="/recent-changes" older={older} paged={paged} />
    </div>
  );
}
