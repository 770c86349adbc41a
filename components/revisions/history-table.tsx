import Link from "next/link";
import type { HistoryRevision } from "@/lib/revisions/queries";
import { RevisionSummary } from "./revision-summary";
import { RevisionTime } from "./revision-time";
import { UserLink } from "./user-link";
import { ScrollableTable } from "@/components/ui/scrollable-table";

const cell = "p-2 align-top";

function CompareRadio({
  side,
  revision,
  form,
  checked,
}: {
  side: "from" | "to";
  revision: HistoryRevision;
  form: string;
  checked: boolean;
}) {
  return (
    <input
      type="radio"
      name={side}
      value={revision.id}
      form={form}
      defaultChecked={checked}
      aria-label={`${side === "from" ? "From" : "To"} revision #${revision.number}`}
      className="size-4"
    />
  );
}

/**
 * Where the compare form starts: the newest revision, against the one before it of the same
 * section. Revisions of other sections cannot be compared with it; with none of its section on the
 * page, From is left empty, which compares To with whatever came before it.
 */
function defaultPair(revisions: HistoryRevision[]): { from: number; to: number } {
  const newest = revisions[0];
  return {
    to: newest ? 0 : -1,
    from: newest ? revisions.findIndex((revision, index) => index > 0 && revision.section === newest.section) : -1,
  };
}

/** MediaWiki's history list: pick a From and a To revision per row, and moderators may revert. */
export function HistoryTable({
  revisions,
  path,
  compareForm,
  canRevert,
}: {
  revisions: HistoryRevision[];
  /** The film's history page, which the links to comparisons and reverts start from. */
  path: string;
  compareForm: string;
  canRevert: boolean;
}) {
  // The radios are keyed by the default choice: a new revision (after a revert) moves the defaults,
  // and React leaves a mounted input's checked state alone when only its default changes.
  const pair = defaultPair(revisions);
  return (
    <ScrollableTable label="Revisions, newest first">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Revisions, newest first</caption>
        <thead className="bg-stone-100">
          <tr>
            <th scope="col" className={cell}>
              From
            </th>
            <th scope="col" className={cell}>
              To
            </th>
            <th scope="col" className={cell}>
              Revision
            </th>
            <th scope="col" className={cell}>
              Changes
            </th>
            <th scope="col" className={cell}>
              Time
            </th>
            <th scope="col" className={cell}>
              Section
            </th>
            <th scope="col" className={cell}>
              Author
            </th>
            <th scope="col" className={cell}>
              Approved by
            </th>
            <th scope="col" className={cell}>
              Summary
            </th>
            {canRevert ? (
              <th scope="col" className={cell}>
                Revert
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-200">
          {revisions.map((revision, index) => (
            <tr key={revision.id} id={`revision-${revision.id}`}>
              <td className={cell}>
                <CompareRadio
                  key={String(index === pair.from)}
                  side="from"
                  revision={revision}
                  form={compareForm}
                  checked={index === pair.from}
                />
              </td>
              <td className={cell}>
                <CompareRadio
                  key={String(index === pair.to)}
                  side="to"
                  revision={revision}
                  form={compareForm}
                  checked={index === pair.to}
                />
              </td>
              <th scope="row" className={`${cell} font-semibold`}>
                #{revision.number}
              </th>
              <td className={cell}>
                <Link href={`${path}/compare?to=${revision.id}` as `/films/${string}`} className="underline">
                  changes<span className="sr-only"> made by revision #{revision.number}</span>
                </Link>
              </td>
              <td className={`${cell} whitespace-nowrap`}>
                <RevisionTime at={revision.createdAt} />
              </td>
              <td className={cell}>{revision.sectionTitle}</td>
              <td className={cell}>
                <UserLink user={revision.proposer} />
              </td>
              <td className={cell}>
                <UserLink user={revision.approver} />
              </td>
              <td className={cell}>
                <RevisionSummary summary={revision.summary} revertOfNumber={revision.revertOfNumber} />
              </td>
              {canRevert ? (
                <td className={cell}>
                  {!revision.editable ? null : revision.current ? (
                    <span className="text-stone-700">Current</span>
                  ) : (
                    <Link
                      href={`${path}/revert/${revision.id}` as `/films/${string}`}
                      className="rounded-md border border-stone-400 bg-white px-2 py-1 font-medium whitespace-nowrap text-stone-900 hover:no-underline"
                    >
                      Revert to this<span className="sr-only"> (revision #{revision.number})</span>
                    </Link>
                  )}
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollableTable>
  );
}
