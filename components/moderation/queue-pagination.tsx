import Link from "next/link";
import type { QueueFilterInput } from "@/lib/submissions/filter-queries";
import { queueHref } from "./queue-href";

function PageLink({ href, children }: { href: string | null; children: string }) {
  if (!href) {
    return (
      <span aria-disabled="true" className="text-stone-500">
        {children}
      </span>
    );
  }
  return <Link href={href as `/moderation${string}`}>{children}</Link>;
}

/**
 * Keyset paging: the engine hands out cursors for the neighbouring pages, so there are no page
 * numbers, only the two ends and the two neighbours.
 */
export function QueuePagination({
  input,
  previous,
  next,
  lost,
}: {
  input: QueueFilterInput;
  previous: string | null;
  next: string | null;
  /** An empty page away from the start (its rows were reviewed since): the ends still lead back. */
  lost: boolean;
}) {
  if (!previous && !next && !lost) return null;
  return (
    <nav aria-label="Queue pages" className="flex flex-wrap gap-4">
      <PageLink href={previous || lost ? queueHref(input) : null}>First</PageLink>
      <PageLink href={previous ? queueHref(input, { before: previous }) : null}>Previous</PageLink>
      <PageLink href={next ? queueHref(input, { after: next }) : null}>Next</PageLink>
      <PageLink href={next || lost ? queueHref(input, { last: true }) : null}>Last</PageLink>
    </nav>
  );
}
