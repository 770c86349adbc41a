import type { FilmFormat } from "@/lib/format/labels";
import type { SearchPage, SearchResult } from "./queries";
import type { SearchKind } from "./schema";

type ResultJson = {
  type: "film" | "person" | "character";
  slug: string;
  name: string;
  nativeName: string | null;
  deck: string;
  /** Films only. */
  year: number | null;
  format: FilmFormat | null;
  /** The alias or regional title that matched, when it is not the name above. */
  matchedName: string | null;
  path: string;
};

/** The JSON answer of GET /api/v1/search; also what the search box's suggestions read. */
export type SearchApiResponse = {
  query: string;
  type: SearchKind;
  page: number;
  pageCount: number;
  totals: SearchPage["totals"];
  results: ResultJson[];
};

function toResultJson(result: SearchResult): ResultJson {
  if (result.kind === "film") {
    const { slug, title, nativeTitle, deck, year, format } = result.film;
    return {
      type: "film",
      slug,
      name: title,
      nativeName: nativeTitle,
      deck,
      year,
      format,
      matchedName: result.matchedName,
      path: `/films/${slug}`,
    };
  }
  const { slug, name, nativeName, deck } = result.entry;
  const path = `/${result.kind === "person" ? "people" : "characters"}/${slug}`;
  return {
    type: result.kind,
    slug,
    name,
    nativeName,
    deck,
    year: null,
    format: null,
    matchedName: result.matchedName,
    path,
  };
}

export function toSearchApiResponse(query: string, type: SearchKind, found: SearchPage): SearchApiResponse {
  return {
    query,
    type,
    page: found.page,
    pageCount: found.pageCount,
    totals: found.totals,
    results: found.results.map(toResultJson),
  };
}
