import { entryHref, entryKindByKey } from "@/lib/entries/kinds";
import type { MatchedPart } from "@/lib/search/hydrate";
import type { SearchPage, SearchResult } from "@/lib/search/queries";
import type { EntrySummary } from "@/lib/search/entry-summary";
import { entrySummary, filmSummary } from "@/lib/search/entry-works";
import type { SearchKind } from "@/lib/search/schema";
import { pageUrl } from "./refs";

/**
 * One result: what tells it apart from namesakes (`EntrySummary`: a film's year and format, a
 * person's or studio's active years and best-known works, a character's works), its page and its deck.
 */
type SearchResultJson = EntrySummary & {
  url: string;
  deck: string;
  /** The alias or regional title that matched, when the result is shown under another name. */
  matchedName: string | null;
  /** "episode" or "segment" when `matchedName` is the title of one of the work's episodes or segments. */
  matchedPart: MatchedPart;
};

/** `GET /api/v1/search`: one page of results and each kind's total. README "JSON API" documents it. */
export type SearchJson = {
  query: string;
  type: SearchKind;
  page: number;
  pageCount: number;
  totals: SearchPage["totals"];
  results: SearchResultJson[];
};

function resultJson(result: SearchResult, site: URL): SearchResultJson {
  if (result.kind === "film") {
    const { film } = result;
    return {
      ...filmSummary(film),
      url: pageUrl("films", film.slug, site),
      deck: film.deck,
      matchedName: result.matchedName,
      matchedPart: result.matchedPart,
    };
  }
  const { entry } = result;
  return {
    ...entrySummary(result.kind, entry),
    url: new URL(entryHref(entryKindByKey(result.kind).entityType, entry.slug), site).href,
    deck: entry.deck,
    matchedName: result.matchedName,
    matchedPart: result.matchedPart,
  };
}

export function searchJson(query: string, type: SearchKind, found: SearchPage, site: URL): SearchJson {
  return {
    query,
    type,
    page: found.page,
    pageCount: found.pageCount,
    totals: found.totals,
    results: found.results.map((result) => resultJson(result, site)),
  };
}
