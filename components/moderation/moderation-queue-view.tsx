import Link from "next/link";
import { EmptyState } from "@/components/ui/section";
import type { FilmChoice, QueueFilterInput, QueueFilterMessages } from "@/lib/submissions/filter-queries";
import { QueueFilters } from "./queue-filters";
import { QueuePagination } from "./queue-pagination";
import { QueueTable, type QueueItem } from "./queue-table";

type Props = {
  input: QueueFilterInput;
  messages: QueueFilterMessages;
  filmChoices: FilmChoice[];
  /** Null when a filter names no film or user, so nothing can match. */
  queue: { items: QueueItem[]; previous: string | null; next: string | null } | null;
  /** Whether the page was reached by a cursor, rather than being one of the two ends. */
  fromCursor: boolean;
  /** What a moderator's last decision did, when no submission was left to move on to. */
  reviewed: string | null;
};

export function ModerationQueueView({ input, messages, filmChoices, queue, fromCursor, reviewed }: Props) {
  const filtered = Boolean(input.section || input.film || input.author);
  return (
    <div className="space-y-6">
      {reviewed ? (
        <p role="status" className="rounded-md border border-green-700 bg-green-50 px-3 py-2 text-green-900">
          {reviewed} No pending submissions {filtered ? "that match these filters " : ""}are left for you to review.
        </p>
      ) : null}
      <div className="space-y-2">
        <h1 className="text-2xl font-bold">Moderation queue</h1>
        <p className="text-stone-800">
          Pending submissions, oldest first. Open one to compare it with the page as it is now, then approve or reject
          it.
        </p>
        <p>
          <Link href="/moderation/roles">Manage the credit roles</Link> staff credits choose from.
        </p>
      </div>
      <QueueFilters input={input} messages={messages} filmChoices={filmChoices} />
      {!queue ? (
        <EmptyState>Correct the filters above to see the queue.</EmptyState>
      ) : queue.items.length === 0 ? (
        <EmptyState>
          {fromCursor
            ? "Nothing is left on this page; the submissions on it have been reviewed."
            : filtered
              ? "No pending submissions match these filters."
              : "No submissions are waiting for review. Well done."}
        </EmptyState>
      ) : (
        <QueueTable items={queue.items} input={input} />
      )}
      {queue ? (
        <QueuePagination
          input={input}
          previous={queue.previous}
          next={queue.next}
          lost={queue.items.length === 0 && fromCursor}
        />
      ) : null}
    </div>
  );
}
