import { nameBrowseHref } from "@/lib/browse/href";
import type { NameRow } from "@/lib/browse/name-queries";
import type { Paged } from "@/lib/browse/pagination";
import type { NameBrowseParams, NameSort } from "@/lib/browse/schema";
import { LetterNav } from "./letter-nav";
import { NameBrowseList } from "./name-browse-list";
import { Pagination } from "./pagination";
import { ResultSummary } from "./result-summary";
import { SortNav } from "./sort-nav";

const SORT_OPTIONS: { value: NameSort; label: string }[] = [
  { value: "name", label: "Name A–Z" },
  { value: "name-desc", label: "Name Z–A" },
];

/** People or characters A–Z, sorted by name and paged, with links only. */
export function NameBrowseView({
  basePath,
  title,
  noun,
  singular,
  params,
  result,
}: {
  basePath: "/people" | "/characters" | "/studios";
  title: string;
  /** Plural, lower case: "people". */
  noun: string;
  /** Singular, lower case: "person". */
  singular: string;
  params: NameBrowseParams;
  result: Paged<NameRow>;
}) {
  const at = (changes: Partial<NameBrowseParams>) => nameBrowseHref(basePath, { ...params, page: 1, ...changes });
  return (
    <div className="space-y-5">
      <h1 className="text-3xl font-bold tracking-tight">{title}</h1>
      <LetterNav current={params.letter} hrefFor={(letter) => at({ letter })} />
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <SortNav options={SORT_OPTIONS} current={params.sort} hrefFor={(sort) => at({ sort })} />
        <ResultSummary result={result} noun={noun} singular={singular} lastPageHref={at({ page: result.pageCount })} />
      </div>
      {result.total === 0 || result.rows.length > 0 ? (
        <NameBrowseList
          rows={result.rows}
          basePath={basePath}
          label={title}
          empty={params.letter ? `No ${noun} under this letter.` : `No ${noun} yet.`}
        />
      ) : null}
      <Pagination
        page={result.page}
        pageCount={result.pageCount}
        hrefFor={(page) => at({ page })}
        label={`Pages of ${noun}`}
      />
    </div>
  );
}
