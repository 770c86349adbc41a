import Link from "next/link";
import type { SubmissionStatus } from "@/lib/submissions/schema";
import { AuthorActions } from "./author-actions";
import { ScrollableTable } from "@/components/ui/scrollable-table";

type Row = {
  id: number;
  status: SubmissionStatus;
  summary: string;
  section: string;
  sectionTitle: string;
  reviewReason: string | null;
  createdAt: Date;
  queuePlace: number | null;
  film: { slug: string; title: string } | null;
};

const submitted = new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: "UTC" });

function Status({ row }: { row: Row }) {
  switch (row.status) {
    case "PENDING":
      return (
        <>
          <span className="font-semibold">Pending</span>
          {row.queuePlace ? <span className="block text-stone-700">#{row.queuePlace} in the queue</span> : null}
        </>
      );
    case "APPROVED":
      return (
        <>
          <span className="font-semibold text-green-800">Approved</span>
          {row.reviewReason ? <span className="block text-stone-800">{row.reviewReason}</span> : null}
        </>
      );
    case "REJECTED":
      return (
        <>
          <span className="font-semibold text-red-800">Rejected</span>
          {row.reviewReason ? <span className="block text-stone-800">Reason: {row.reviewReason}</span> : null}
        </>
      );
    case "WITHDRAWN":
      return <span className="font-semibold text-stone-700">Withdrawn</span>;
    case "CONFLICT":
      return (
        <>
          <span className="font-semibold text-amber-800">Conflict</span>
          <span className="block text-stone-700">A newer edit changed the same fields; amend it to go on.</span>
        </>
      );
  }
}

/** Someone's submissions, newest first; the author also gets their amend and withdraw controls. */
export function AuthorSubmissionTable({ rows, own }: { rows: Row[]; own: boolean }) {
  return (
    <ScrollableTable label="Submissions, newest first">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Submissions, newest first</caption>
        <thead className="bg-stone-100">
          <tr>
            <th scope="col" className="p-3">
              Film
            </th>
            <th scope="col" className="p-3">
              Section
            </th>
            <th scope="col" className="p-3">
              Summary
            </th>
            <th scope="col" className="p-3">
              Submitted
            </th>
            <th scope="col" className="p-3">
              Status
            </th>
            {own ? (
              <th scope="col" className="p-3">
                <span className="sr-only">Actions</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-200">
          {rows.map((row) => (
            <tr key={row.id} className="align-top">
              <td className="p-3">
                {row.film ? <Link href={`/films/${row.film.slug}`}>{row.film.title}</Link> : "A new entry"}
              </td>
              <td className="p-3">{row.sectionTitle}</td>
              <th scope="row" className="p-3 font-normal">
                <Link href={`/submissions/${row.id}`} className="break-words">
                  {row.summary}
                </Link>
              </th>
              <td className="p-3 whitespace-nowrap">
                <time dateTime={row.createdAt.toISOString()}>{submitted.format(row.createdAt)}</time>
              </td>
              <td className="p-3">
                <Status row={row} />
              </td>
              {own ? (
                <td className="p-3">
                  <AuthorActions
                    submissionId={row.id}
                    status={row.status}
                    section={row.section}
                    subject={`“${row.summary}”`}
                  />
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollableTable>
  );
}
