import { diffWords } from "diff";
import { formatReleaseDate, parseReleaseDate } from "@/lib/format/dates";
import {
  contentRatingLabel,
  formatLabel,
  isFilmFormat,
  languageName,
  prominenceLabel,
  regionName,
  relationKindLabel,
} from "@/lib/format/labels";
import type { ContentRating, FilmRelationKind } from "@/lib/generated/prisma/enums";
import type { AppearanceValue } from "./character-schema";
import type { CreditValue } from "./credit-schema";
import type { SegmentValue } from "./segment-schema";

/**
 * The names of the people, characters and films a section's values name by slug, so that a diff
 * reads "Katsuhiro Otomo" rather than "katsuhiro-otomo". A slug missing here (an entry since
 * deleted) is shown as it is.
 */
export type EntryNames = {
  people: Record<string, string>;
  characters: Record<string, string>;
  films: Record<string, string>;
  /** Uploads the values name that are gone: refused posters are deleted (lib/images/discard.ts). */
  removedImages?: number[];
  /** The captions of the uploads the values name, so a reviewer reads what the film page would show. */
  imageCaptions?: Record<number, string>;
};

export const NO_NAMES: EntryNames = { people: {}, characters: {}, films: {} };

type Slugs = { people: Set<string>; characters: Set<string>; films: Set<string> };

/** The slugs that sections' values name: credited and voicing people, characters, related films. */
export function slugsNamedIn(valueSets: Record<string, unknown>[]): Slugs {
  const slugs: Slugs = { people: new Set(), characters: new Set(), films: new Set() };
  const rows = (value: unknown): Record<string, unknown>[] => (Array.isArray(value) ? value : []);
  for (const values of valueSets) {
    for (const credit of rows(values.credits) as CreditValue[]) {
      if (!credit.newPerson) slugs.people.add(credit.person);
    }
    for (const row of rows(values.characters) as AppearanceValue[]) {
      if (!row.newCharacter) slugs.characters.add(row.character);
      for (const voice of row.voices ?? []) slugs.people.add(voice.person);
    }
    for (const relation of rows(values.relations) as { film: string }[]) slugs.films.add(relation.film);
  }
  return slugs;
}

/** A section value as the text a reader compares: one line per release, name, relation, segment or credit, labels for codes. */
export function displayValue(field: string, value: unknown, names: EntryNames = NO_NAMES): string {
  if (value === null || value === undefined || value === "") return "";
  if (field === "contentRating") return contentRatingLabel(value as ContentRating);
  if (field === "format" && isFilmFormat(value)) return formatLabel(value);
  if (field === "releases" && Array.isArray(value)) {
    return value
      .map((release: { region: string; title: string; date: string }) => {
        const parsed = release.date ? parseReleaseDate(release.date) : null;
        const date = parsed ? formatReleaseDate(parsed.date, parsed.precision) : "date unknown";
        return `${regionName(release.region)}: ${release.title} (${date})`;
      })
      .join("\n");
  }
  if ((field === "aliases" || field === "names") && Array.isArray(value)) return value.join("\n");
  if (field === "relations" && Array.isArray(value)) {
    return value
      .map(
        (relation: { kind: FilmRelationKind; film: string }) =>
          `${relationKindLabel(relation.kind)}: ${names.films[relation.film] ?? relation.film}`,
      )
      .join("\n");
  }
  if (field === "segments" && Array.isArray(value)) return value.map(segmentLine).join("\n");
  if (field === "credits" && Array.isArray(value)) {
    return value.map((credit: CreditValue) => creditLine(credit, names)).join("\n");
  }
  if (field === "characters" && Array.isArray(value)) {
    return value.map((row: AppearanceValue) => characterLine(row, names)).join("\n");
  }
  if (field === "posterId") return `Image #${String(value)}`;
  return typeof value === "string" ? value : JSON.stringify(value);
}

function segmentLine(segment: SegmentValue, index: number): string {
  const native = segment.nativeTitle ? ` (${segment.nativeTitle})` : "";
  const runtime = segment.runtimeMinutes ? `, ${segment.runtimeMinutes} min` : "";
  const synopsis = segment.synopsis ? ` — ${segment.synopsis.replace(/\s+/g, " ")}` : "";
  return `${index + 1}. ${segment.title}${native}${runtime}${synopsis}`;
}

function creditLine(credit: CreditValue, names: EntryNames): string {
  const segment = credit.segment ? ` (${credit.segment})` : "";
  const note = credit.note ? `: ${credit.note}` : "";
  const person = credit.newPerson ? `${credit.person} (new person)` : (names.people[credit.person] ?? credit.person);
  return `${person} — ${credit.role}${segment}${note}`;
}

function characterLine(row: AppearanceValue, names: EntryNames): string {
  const name = row.newCharacter
    ? `${row.character} (new character)`
    : (names.characters[row.character] ?? row.character);
  const segment = row.segment ? ` (${row.segment})` : "";
  const voices = row.voices
    .map((voice) => `${languageName(voice.language)}: ${names.people[voice.person] ?? voice.person}`)
    .join("; ");
  return `${name} — ${prominenceLabel(row.prominence)}${segment}${voices ? `: ${voices}` : ""}`;
}

export type DiffPart = { text: string; change: "same" | "removed" | "added" };

/**
 * Word-level differences between two texts, for highlighting what changed inside a long field.
 * A rewrite of a long text could take seconds to diff on every render, so past a time budget the
 * whole old text counts as removed and the whole new text as added.
 */
export function wordDiff(before: string, after: string): DiffPart[] {
  const parts = diffWords(before, after, { timeout: 200 });
  if (!parts) {
    return [
      { text: before, change: "removed" },
      { text: after, change: "added" },
    ];
  }
  return parts.map((part) => ({
    text: part.value,
    change: part.added ? "added" : part.removed ? "removed" : "same",
  }));
}
