import type { Route } from "next";
import Link from "next/link";
import { EmptyState } from "@/components/ui/section";
import type { Paged } from "@/lib/browse/pagination";
import { nounFor } from "@/lib/format/counts";

const count = (value: number) => value.toLocaleString("en-US");

/**
 * Which rows of how many this page shows; past the last page, where the listing ends instead; and
 * when the set is larger than the pages reach, a word to narrow it.
 */
export function ResultSummary({
  result,
  noun,
  singular,
  lastPageHref,
}: {
  result: Paged<unknown>;
  /** Plural: "films", "people". */
  noun: string;
  /** Singular: "film", "person". */
  singular: string;
  lastPageHref: Route;
}) {
  const { rows, total, page, pageCount, pageSize, capped } = result;
  if (total > 0 && rows.length === 0) {
    return (
      <EmptyState>
        There is no page {count(page)} of these {noun}: they end on{" "}
        <Link href={lastPageHref}>page {count(pageCount)}</Link>.
      </EmptyState>
    );
  }
  if (total === 0) return null;
  const first = (page - 1) * pageSize + 1;
  return (
    <p className="text-sm text-stone-700">
      Showing {count(first)}–{count(first + rows.length - 1)} of {count(total)} {nounFor(total, singular, noun)}.
      {capped
        ? ` Only the first ${count(pageCount * pageSize)} can be paged through; a letter or a filter narrows them.`
        : null}
    </p>
  );
}
