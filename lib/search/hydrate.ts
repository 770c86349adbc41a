import "server-only";
import { db } from "@/lib/db";
import { filmRowSelect, type FilmRow } from "@/lib/films/film-row";
import type { EntityType, SearchNameSource } from "@/lib/generated/prisma/enums";
import { entriesWithWorks, type EntryWithWorks } from "./entry-works";

type Match = { entityType: EntityType; entityId: number; name: string; source: SearchNameSource };

/** A person or character, with the works that tell them apart from namesakes. */
type Entry = EntryWithWorks;

export type SearchResult = { key: string; matchedName: string | null } & (
  | {
      kind: "film";
      film: FilmRow;
    }
  | { kind: "person"; entry: Entry }
  | { kind: "character"; entry: Entry }
);

const idsOf = (matches: Match[], type: EntityType) =>
  matches.filter((match) => match.entityType === type).map((match) => match.entityId);

/** Reads the page's entries in at most one query per kind, whatever the page size. */
async function readEntries(matches: Match[]) {
  const filmIds = idsOf(matches, "FILM");
  const personIds = idsOf(matches, "PERSON");
  const characterIds = idsOf(matches, "CHARACTER");
  const [films, people, characters] = await Promise.all([
    filmIds.length
      ? db.film.findMany({
          where: { id: { in: filmIds } },
          select: filmRowSelect,
        })
      : [],
    entriesWithWorks(db, "person", personIds),
    entriesWithWorks(db, "character", characterIds),
  ]);
  return {
    films: new Map(films.map((film) => [film.id, film])),
    people: new Map(people.map((person) => [person.id, person])),
    characters: new Map(characters.map((character) => [character.id, character])),
  };
}

/** The name that matched, when the result is not already shown under it (an alias, a regional title). */
function otherName(match: Match, shownAs: (string | null)[]) {
  return shownAs.includes(match.name) ? null : match.name;
}

/** Turns ranked matches into displayable results, in rank order. */
export async function hydrateMatches(matches: Match[]): Promise<SearchResult[]> {
  const entries = await readEntries(matches);
  return matches.flatMap((match): SearchResult[] => {
    const key = `${match.entityType}-${match.entityId}`;
    if (match.entityType === "FILM") {
      const film = entries.films.get(match.entityId);
      return film ? [{ key, kind: "film", film, matchedName: otherName(match, [film.title, film.nativeTitle]) }] : [];
    }
    const entry = (match.entityType === "PERSON" ? entries.people : entries.characters).get(match.entityId);
    if (!entry) return [];
    const kind = match.entityType === "PERSON" ? "person" : "character";
    return [{ key, kind, entry, matchedName: otherName(match, [entry.name, entry.nativeName]) }];
  });
}
