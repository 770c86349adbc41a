import type { Route } from "next";
import Link from "next/link";
import { FilmThumbnail } from "@/components/films/film-thumbnail";
import { entryHref, entryKindByKey } from "@/lib/entries/kinds";
import { formatLabel } from "@/lib/format/labels";
import type { SearchResult } from "@/lib/search/queries";
import { Highlighted } from "./highlighted";

const KIND_LABEL = { film: "Film", person: "Person", character: "Character", studio: "Studio" } as const;

function hrefOf(result: SearchResult): Route {
  if (result.kind === "film") return `/films/${result.film.slug}` as Route;
  return entryHref(entryKindByKey(result.kind).entityType, result.entry.slug) as Route;
}

const MATCHED_AS = { episode: "Episode", segment: "Segment" } as const;

function describe(result: SearchResult) {
  if (result.kind !== "film") {
    const { name, nativeName, deck } = result.entry;
    return { name, nativeName, romanised: null, deck, facts: KIND_LABEL[result.kind] };
  }
  const { title, nativeTitle, romanisedTitle, deck, format, year } = result.film;
  return {
    name: title,
    nativeName: nativeTitle,
    // Helps a reader who knows the work by its Japanese name read one shown in English.
    romanised: romanisedTitle && romanisedTitle !== title ? romanisedTitle : null,
    deck,
    facts: [formatLabel(format), year].filter(Boolean).join(", "),
  };
}

export function SearchResultItem({ result, query }: { result: SearchResult; query: string }) {
  const { name, nativeName, romanised, deck, facts } = describe(result);
  return (
    <li className="flex gap-3 p-3">
      {result.kind === "film" ? <FilmThumbnail film={result.film} /> : null}
      <div className="min-w-0 space-y-0.5">
        <p>
          <Link href={hrefOf(result)} className="font-semibold">
            <Highlighted text={name} query={query} />
          </Link>
          {nativeName && nativeName !== name ? (
            <span lang="ja" className="ml-2 text-sm text-stone-700">
              <Highlighted text={nativeName} query={query} />
            </span>
          ) : null}
          {romanised ? (
            <span lang="ja-Latn" className="ml-2 text-sm text-stone-700">
              <Highlighted text={romanised} query={query} />
            </span>
          ) : null}
          <span className="text-sm text-stone-700"> · {facts}</span>
        </p>
        {result.matchedName ? (
          <p className="text-sm text-stone-700">
            {result.matchedPart ? `${MATCHED_AS[result.matchedPart]}: ` : "Also known as "}
            <Highlighted text={result.matchedName} query={query} />
          </p>
        ) : null}
        {deck ? <p className="line-clamp-2 text-sm text-stone-800">{deck}</p> : null}
      </div>
    </li>
  );
}
