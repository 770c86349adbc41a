import type { Route } from "next";
import { activeFilters, type FilmVocabulary } from "@/lib/browse/film-filters";
import type { FilmRow } from "@/lib/films/film-row";
import { filmBrowseHref } from "@/lib/browse/href";
import type { Paged } from "@/lib/browse/pagination";
import type { FilmBrowseParams, FilmSort } from "@/lib/browse/schema";
import { ActiveFilters } from "./active-filters";
import { FilmBrowseList } from "./film-browse-list";
import { FilmFilterForm } from "./film-filter-form";
import { LetterNav } from "./letter-nav";
import { Pagination } from "./pagination";
import { ResultSummary } from "./result-summary";
import { SortNav } from "./sort-nav";

const SORT_OPTIONS: { value: FilmSort; label: string }[] = [
  { value: "title", label: "Title A–Z" },
  { value: "newest", label: "Newest first" },
  { value: "oldest", label: "Oldest first" },
  { value: "added", label: "Recently added" },
];

/**
 * A filterable, sortable, paged listing of films: /films, and a genre's or theme's page with that
 * facet fixed by its address. Every control is a link or a GET form, so it all works without
 * JavaScript; changing a filter or the order goes back to the first page.
 */
export function FilmBrowseView({
  basePath,
  params,
  vocabulary,
  result,
  unknown,
  fixed,
}: {
  basePath: string;
  params: FilmBrowseParams;
  vocabulary: FilmVocabulary;
  result: Paged<FilmRow>;
  /** Genre or theme slugs in the address that Keyframe lacks, ignored. */
  unknown: { genre?: string; theme?: string };
  fixed?: "genre" | "theme";
}) {
  const at = (changes: Partial<FilmBrowseParams>) => filmBrowseHref(basePath, { ...params, page: 1, ...changes });
  const filters = activeFilters(params, vocabulary);
  const ignored = [
    unknown.genre === undefined ? null : `genre “${unknown.genre}”`,
    unknown.theme === undefined ? null : `theme “${unknown.theme}”`,
  ].filter(Boolean);
  return (
    <div className="space-y-5">
      {ignored.length > 0 ? (
        <p role="status" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm">
          Keyframe has no {ignored.join(" or ")}, so that filter is left out.
        </p>
      ) : null}
      {/* On narrow screens the filters fold away, so the films come first; from lg they are always shown. */}
      <details className="unfold-lg group rounded-md border border-stone-200 bg-white">
        <summary className="flex cursor-pointer list-none items-center justify-between px-4 py-2.5 font-medium [&::-webkit-details-marker]:hidden">
          Filter films
          <span aria-hidden="true" className="text-stone-700 group-open:rotate-180">
            ▾
          </span>
        </summary>
        <FilmFilterForm action={basePath as Route} params={params} vocabulary={vocabulary} fixed={fixed} />
      </details>
      <LetterNav current={params.letter} hrefFor={(letter) => at({ letter })} />
      <ActiveFilters
        filters={filters}
        removeHref={(name) => at({ [name]: undefined })}
        clearHref={at({
          letter: undefined,
          year: undefined,
          decade: undefined,
          format: undefined,
          genre: undefined,
          theme: undefined,
        })}
      />
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <SortNav options={SORT_OPTIONS} current={params.sort} hrefFor={(sort) => at({ sort })} />
        <ResultSummary result={result} noun="films" singular="film" lastPageHref={at({ page: result.pageCount })} />
      </div>
      {result.total === 0 || result.rows.length > 0 ? (
        <FilmBrowseList
          films={result.rows}
          empty={filters.length > 0 ? "No films match these filters." : "No films yet."}
        />
      ) : null}
      <Pagination
        page={result.page}
        pageCount={result.pageCount}
        hrefFor={(page) => at({ page })}
        label="Pages of films"
      />
    </div>
  );
}
