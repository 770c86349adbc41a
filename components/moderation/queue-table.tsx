import Link from "next/link";
import type { getModerationQueue, QueueEntry } from "@/lib/submissions/queries";
import { withQueueFilters, type QueueFilterInput } from "@/lib/submissions/queue-params";
import { sectionTitle } from "@/lib/submissions/section-title";
import { SubmittedTime } from "./submitted-time";
import { ScrollableTable } from "@/components/ui/scrollable-table";

export type QueueItem = Awaited<ReturnType<typeof getModerationQueue>>["items"][number];

function Entry({ entry }: { entry: QueueEntry }) {
  if (!entry) return <>—</>;
  return (
    <>
      {entry.name}
      {entry.proposed ? (
        <span className="ml-2 rounded bg-sky-100 px-1.5 py-0.5 text-xs whitespace-nowrap text-sky-900">
          new {entry.proposed}
        </span>
      ) : null}
    </>
  );
}

/** The pending submissions of one page; each link keeps the filters, so reviewing moves on within them. */
export function QueueTable({ items, input }: { items: QueueItem[]; input: QueueFilterInput }) {
  return (
    <ScrollableTable label="Pending submissions, oldest first">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Pending submissions, oldest first</caption>
        <thead className="bg-stone-100">
          <tr>
            <th scope="col" className="p-3">
              Entry
            </th>
            <th scope="col" className="p-3">
              Section
            </th>
            <th scope="col" className="p-3">
              Summary
            </th>
            <th scope="col" className="p-3">
              Author
            </th>
            <th scope="col" className="p-3">
              Submitted
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-200">
          {items.map((item) => (
            <tr key={item.id} className="align-top">
              <td className="p-3">
                <Entry entry={item.entry} />
              </td>
              <td className="p-3 whitespace-nowrap">{sectionTitle(item.section)}</td>
              <th scope="row" className="p-3 font-normal">
                <Link href={withQueueFilters(`/submissions/${item.id}`, input)} className="font-semibold">
                  {item.summary}
                </Link>
              </th>
              <td className="p-3">
                <Link href={`/users/${item.author.username}`}>{item.author.displayName}</Link>{" "}
                <span className="text-stone-700">@{item.author.username}</span>
              </td>
              <td className="p-3 whitespace-nowrap">
                <SubmittedTime date={item.createdAt} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollableTable>
  );
}
