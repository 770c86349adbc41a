import type { HistoryRevision } from "@/lib/revisions/queries";
import { RevertButton } from "./revert-button";
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

/** MediaWiki's history list: pick a From and a To revision per row, and moderators may revert. */
export function HistoryTable({
  revisions,
  compareForm,
  canRevert,
}: {
  revisions: HistoryRevision[];
  compareForm: string;
  canRevert: boolean;
}) {
  // Preselect the newest revision against the one before it, the comparison most often wanted.
  // The radios are keyed by that choice: a new revision (after a revert) moves the defaults, and
  // React leaves a mounted input's checked state alone when only its default changes.
  const fromIndex = revisions.length > 1 ? 1 : 0;
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
                  key={String(index === fromIndex)}
                  side="from"
                  revision={revision}
                  form={compareForm}
                  checked={index === fromIndex}
                />
              </td>
              <td className={cell}>
                <CompareRadio
                  key={String(index === 0)}
                  side="to"
                  revision={revision}
                  form={compareForm}
                  checked={index === 0}
                />
              </td>
              <th scope="row" className={`${cell} font-semibold`}>
                #{revision.number}
              </th>
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
                    <RevertButton revisionId={revision.id} number={revision.number} />
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
