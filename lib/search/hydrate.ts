import "server-only";
import type { PrismaClient } from "@/lib/prisma-client";
import { filmRowSelect, type FilmRow } from "@/lib/films/film-row";
import type { EntityType, SearchNameSource } from "@/lib/generated/prisma/enums";
import { entryKind } from "@/lib/entries/kinds";
import { entriesWithWorks, type EntryWithWorks, type EntryWithWorksKind } from "./entry-works";

type Match = { entityType: EntityType; entityId: number; name: string; source: SearchNameSource };

/** A person, character or studio, with the works that tell them apart from namesakes. */
type Entry = EntryWithWorks;

/** Where in a work the name that matched is, when it is not the work's own: "Magnetic Rose" is a segment of Memories. */
export type MatchedPart = "episode" | "segment" | null;

const PART_OF: Partial<Record<SearchNameSource, MatchedPart>> = {
  EPISODE: "episode",
  EPISODE_NATIVE: "episode",
  EPISODE_ROMANISED: "episode",
  SEGMENT: "segment",
  SEGMENT_NATIVE: "segment",
};

export type SearchResult = { key: string; matchedName: string | null; matchedPart: MatchedPart } & (
  | {
      kind: "film";
      film: FilmRow;
    }
  | { kind: EntryWithWorksKind; entry: Entry }
);

const ENTRIES_WITH_WORKS: EntityType[] = ["PERSON", "CHARACTER", "STUDIO"];

const worksKind = (entityType: EntityType) => entryKind(entityType).key as EntryWithWorksKind;

const idsOf = (matches: Match[], type: EntityType) =>
  matches.filter((match) => match.entityType === type).map((match) => match.entityId);

/** Reads the page's entries in at most one query per kind, whatever the page size. */
async function readEntries(matches: Match[], reader: PrismaClient) {
  const filmIds = idsOf(matches, "FILM");
  const [films, ...others] = await Promise.all([
    filmIds.length
      ? reader.film.findMany({
          where: { id: { in: filmIds } },
          select: filmRowSelect,
        })
      : [],
    ...ENTRIES_WITH_WORKS.map((type) => entriesWithWorks(reader, worksKind(type), idsOf(matches, type))),
  ]);
  return {
    films: new Map(films.map((film) => [film.id, film])),
    others: new Map(
      others.flatMap((rows, index) => rows.map((row) => [`${ENTRIES_WITH_WORKS[index]}-${row.id}`, row] as const)),
    ),
  };
}

/** The name that matched, when the result is not already shown under it (an alias, a regional title). */
function otherName(match: Match, shownAs: (string | null)[]) {
  return shownAs.includes(match.name) ? null : match.name;
}

/** Turns ranked matches into displayable results, in rank order. */
export async function hydrateMatches(matches: Match[], reader: PrismaClient): Promise<SearchResult[]> {
  const entries = await readEntries(matches, reader);
  return matches.flatMap((match): SearchResult[] => {
    const key = `${match.entityType}-${match.entityId}`;
    if (match.entityType === "FILM") {
      const film = entries.films.get(match.entityId);
      if (!film) return [];
      const matchedName = otherName(match, [film.title, film.nativeTitle, film.romanisedTitle]);
      const matchedPart = matchedName === null ? null : (PART_OF[match.source] ?? null);
      return [{ key, kind: "film", film, matchedName, matchedPart }];
    }
    const entry = entries.others.get(`${match.entityType}-${match.entityId}` as const);
    if (!entry) return [];
    return [
      {
        key,
        kind: worksKind(match.entityType),
        entry,
        matchedName: otherName(match, [entry.name, entry.nativeName]),
        matchedPart: null,
      },
    ];
  });
}
