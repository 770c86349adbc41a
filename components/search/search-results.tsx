import type { Route } from "next";
import Link from "next/link";
import { Pagination } from "@/components/browse/pagination";
import { countOf } from "@/lib/format/counts";
import type { SearchPage } from "@/lib/search/queries";
import { SEARCH_PAGE_SIZE, type SearchKind } from "@/lib/search/schema";
import { searchHref } from "./search-href";
import { SearchResultItem } from "./search-result-item";
import { SearchTabs } from "./search-tabs";

const NOUN: Record<SearchKind, [string, string]> = {
  all: ["result", "results"],
  films: ["film", "films"],
  people: ["person", "people"],
  characters: ["character", "characters"],
  studios: ["studio", "studios"],
};

function NothingFound({ query, kind }: { query: string; kind: SearchKind }) {
  return (
    <div className="space-y-2">
      <p>
        {kind === "all" ? "Nothing matches" : `No ${NOUN[kind][1]} match`} “{query}”. Check the spelling, or try a
        shorter part of the name.
      </p>
      <p>
        Can’t find it? Propose a new <Link href="/films/new">film</Link>, <Link href="/people/new">person</Link>,{" "}
        <Link href="/characters/new">character</Link> or <Link href="/studios/new">studio</Link>.
      </p>
    </div>
  );
}

export function SearchResults({ query, kind, found }: { query: string; kind: SearchKind; found: SearchPage }) {
  const total = found.totals[kind];
  const pageSize = found.results.length;
  return (
    <div className="space-y-4">
      <SearchTabs query={query} kind={kind} totals={found.totals} />
      <p role="status" className="text-sm text-stone-700">
        {countOf(total, ...NOUN[kind])} for “{query}”
      </p>
      {total === 0 ? (
        <NothingFound query={query} kind={kind} />
      ) : pageSize === 0 ? (
        <p>There are no more results. Go back to an earlier page.</p>
      ) : (
        <ol
          aria-label="Search results"
          start={(found.page - 1) * SEARCH_PAGE_SIZE + 1}
          className="divide-y divide-stone-200 rounded-md border border-stone-200 bg-white"
        >
          {found.results.map((result) => (
            <SearchResultItem key={result.key} result={result} query={query} />
          ))}
        </ol>
      )}
      <Pagination
        page={found.page}
        pageCount={found.pageCount}
        hrefFor={(page) => searchHref({ q: query, type: kind, page }) as Route}
        label="Pages of results"
      />
    </div>
  );
}
