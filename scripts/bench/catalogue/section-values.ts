import { toIsoDate } from "../../../lib/format/dates";
import type { AliasValue } from "../../../lib/submissions/sections/aliases/schema";
import { byName } from "../../../lib/submissions/sections/shared-schema";
import type { Catalogue, FilmModel } from "./model";

// Each editable section's current values exactly as the section's read() returns them from the
// tables the generator writes, so revisions end where the tables are and pending submissions are
// based on the newest revision.

export type SectionValues = Record<string, unknown>;

export function descriptionText(film: FilmModel, sentences = film.descriptionParts.length): string {
  return film.descriptionParts.slice(0, sentences).join("").trim();
}

export function filmSectionValues(catalogue: Catalogue, film: FilmModel, section: string): SectionValues {
  switch (section) {
    case "description":
      return { deck: film.deck, description: descriptionText(film) };
    case "general":
      return {
        releases: film.releases.map((release) => ({
          region: release.region,
          title: release.title,
          date: toIsoDate(release.date, release.precision),
        })),
        contentRating: film.contentRating,
        runtimeMinutes: film.runtimeMinutes,
        sourceMaterial: null,
        episodeCount: null,
      };
    case "aliases":
      return { aliases: film.aliases.map(unknownLanguageTitle) };
    case "genres":
      return { names: film.genres.map((index) => catalogue.genres[index]!.name).toSorted(byName) };
    case "themes":
      return { names: film.themes.map((index) => catalogue.themes[index]!.name).toSorted(byName) };
    case "associations":
      return { names: film.concepts.map((index) => catalogue.concepts[index]!.name).toSorted(byName) };
    case "franchise":
      return { franchise: film.franchise >= 0 ? catalogue.franchises[film.franchise]!.name : null };
    case "relations":
      return {
        relations: film.relations.map((relation) => ({
          kind: relation.kind,
          film: filmAt(catalogue, relation.to).slug,
        })),
      };
    case "segments":
      return {
        segments: film.segments.map((segment) => ({
          id: segment.id,
          title: segment.title,
          nativeTitle: segment.nativeTitle,
          synopsis: segment.synopsis,
          runtimeMinutes: segment.runtimeMinutes,
        })),
      };
    case "credits":
      return { credits: filmCredits(catalogue, film) };
    case "characters":
      return { characters: filmCharacters(catalogue, film) };
    default:
      throw new Error(`No values for section ${section}`);
  }
}

function filmAt(catalogue: Catalogue, filmId: number): FilmModel {
  return catalogue.films[filmId - catalogue.first.film]!;
}

function segmentTitle(film: FilmModel, segment: number): string {
  return segment < 0 ? "" : film.segments[segment]!.title;
}

function filmCredits(catalogue: Catalogue, film: FilmModel) {
  const { credits, people, existing } = catalogue;
  const rows = [];
  for (let index = film.creditStart; index < film.creditStart + film.creditCount; index += 1) {
    rows.push({
      person: people.slug[credits.person[index]!]!,
      role: existing.roles[credits.role[index]!]!.name,
      segment: segmentTitle(film, credits.segment[index]!),
      note: credits.notes.get(index) ?? "",
    });
  }
  return rows;
}

function filmCharacters(catalogue: Catalogue, film: FilmModel) {
  const { appearances, voices, characters, people } = catalogue;
  const rows = [];
  for (let index = film.appearanceStart; index < film.appearanceStart + film.appearanceCount; index += 1) {
    const voiceRows = [];
    for (let voice = appearances.voiceStart[index]!; voice < appearances.voiceStart[index + 1]!; voice += 1) {
      voiceRows.push({ person: people.slug[voices.person[voice]!]!, language: voices.language[voice]! });
    }
    rows.push({
      character: characters.slug[appearances.character[index]!]!,
      newCharacter: false,
      prominence: appearances.prominence[index]!,
      segment: segmentTitle(film, appearances.segment[index]!),
      voices: voiceRows,
    });
  }
  return rows;
}

/** The person or character section: name, native name, deck and the long text. */
export function entrySectionValues(catalogue: Catalogue, kind: "person" | "character", index: number): SectionValues {
  const columns = kind === "person" ? catalogue.people : catalogue.characters;
  return {
    name: columns.name[index]!,
    nativeName: columns.nativeName[index] ?? "",
    deck: columns.deck[index]!,
    [kind === "person" ? "bio" : "description"]: columns.text[index]!,
  };
}

/** The catalogue's made-up titles are in no language anyone determined: stored as the migration left real ones. */
export function unknownLanguageTitle(title: string): AliasValue {
  return { title, language: "und", kind: "SYNONYM" };
}
