"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { SearchJson } from "@/lib/api/search-json";
import { formatLabelOfApi } from "@/lib/api/vocabulary";
import type { SearchKind } from "@/lib/search/schema";

export type Suggestion = { label: string; detail: string; href: string };

type SearchResultJson = SearchJson["results"][number];

const DEBOUNCE_MS = 150;
const LIMIT = 8;
const KIND_LABEL = { film: "Film", person: "Person", character: "Character", studio: "Studio" } as const;

/** One letter of a spaced script matches too much to help; one kanji or kana can be a whole name. */
const worthSuggesting = (query: string) => query.length >= 2 || /[^\p{Script=Latin}\p{N}\s]/u.test(query);

function toSuggestion(result: SearchResultJson): Suggestion {
  const kind = (result.format && formatLabelOfApi(result.format)) ?? KIND_LABEL[result.type];
  return {
    label: result.name,
    detail: [kind, result.year].filter(Boolean).join(", "),
    href: new URL(result.url).pathname,
  };
}

/**
 * Results of the public search API for what is typed, of one kind or all, after a pause in typing;
 * each keystroke aborts the request before it, so the latest answer wins. `cache` is the fetch's
 * cache mode: the API lets a browser reuse an answer for a minute.
 */
export function useSearchResults(type: SearchKind = "all", limit = LIMIT, cache: RequestCache = "default") {
  const [results, setResults] = useState<SearchResultJson[]>([]);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const inFlight = useRef<AbortController>(undefined);

  useEffect(
    () => () => {
      clearTimeout(timer.current);
      inFlight.current?.abort();
    },
    [],
  );

  const search = useCallback(
    (typed: string) => {
      clearTimeout(timer.current);
      inFlight.current?.abort();
      const query = typed.trim();
      if (!worthSuggesting(query)) {
        setResults([]);
        return;
      }
      timer.current = setTimeout(async () => {
        const controller = new AbortController();
        inFlight.current = controller;
        try {
          const params = new URLSearchParams({ q: query, type, limit: String(limit) });
          const response = await fetch(`/api/v1/search?${params.toString()}`, { signal: controller.signal, cache });
          if (!response.ok) return setResults([]);
          const body = (await response.json()) as SearchJson;
          setResults(body.results);
        } catch (error) {
          // A newer keystroke aborted this request; its own answer is on the way.
          if (!(error instanceof DOMException && error.name === "AbortError")) setResults([]);
        }
      }, DEBOUNCE_MS);
    },
    [type, limit, cache],
  );

  return { results, search };
}

/** Suggestions to open, from the search API, for what is typed. */
export function useSuggestions(type: SearchKind = "all") {
  const { results, search } = useSearchResults(type);
  const suggestions = useMemo(() => results.map(toSuggestion), [results]);
  return { suggestions, suggest: search };
}
