import type { SearchPage, SearchResult } from "@/lib/search/queries";
import type { SearchKind } from "@/lib/search/schema";
import { pageUrl } from "./refs";
import { apiFormat } from "./vocabulary";

type SearchResultJson = {
  type: "film" | "person" | "character";
  slug: string;
  url: string;
  name: string;
  nativeName: string | null;
  deck: string;
  /** Films only; null for people and characters. */
  year: number | null;
  format: string | null;
  /** The alias or regional title that matched, when the result is shown under another name. */
  matchedName: string | null;
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
    const { slug, title, nativeTitle, deck, year, format } = result.film;
    const url = pageUrl("films", slug, site);
    return {
      type: "film",
      slug,
      url,
      name: title,
      nativeName: nativeTitle,
      deck,
      year,
      format: apiFormat(format),
      matchedName: result.matchedName,
    };
  }
  const { slug, name, nativeName, deck } = result.entry;
  const url = pageUrl(result.kind === "person" ? "people" : "characters", slug, site);
  return {
    type: result.kind,
    slug,
    url,
    name,
    nativeName,
    deck,
    year: null,
    format: null,
    matchedName: result.matchedName,
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
