import { diffWords } from "diff";
import { ENTRY_KINDS } from "@/lib/entries/kinds";
import type { EntityType } from "@/lib/generated/prisma/enums";
import { formatLabel, isFilmFormat } from "@/lib/format/labels";
import { SECTIONS } from "./sections";
import type { NamedSlugs } from "./sections/types";

/** A kind of entry by the plural of its registry entry: "people", "studios". */
export type EntryPlural = (typeof ENTRY_KINDS)[EntityType]["plural"];

const PLURALS = Object.values(ENTRY_KINDS).map((kind) => kind.plural);

/**
 * The names of the entries (people, characters, films, studios) a section's values name by slug,
 * so that a diff reads "Katsuhiro Otomo" rather than "katsuhiro-otomo". A slug missing here (an
 * entry since deleted) is shown as it is.
 */
export type EntryNames = Record<EntryPlural, Record<string, string>> & {
  /** Uploads the values name that are gone: refused posters are deleted (lib/images/discard.ts). */
  removedImages?: number[];
  /** The captions of the uploads the values name, so a reviewer reads what the film page would show. */
  imageCaptions?: Record<number, string>;
};

export const NO_NAMES: EntryNames = Object.fromEntries(PLURALS.map((plural) => [plural, {}])) as EntryNames;

type Slugs = Record<EntryPlural, Set<string>>;

type ListDisplay = { line(row: unknown, index: number, names: EntryNames): string };
type TextDisplay = { text(value: unknown, names: EntryNames): string };

/** Every section's field displays by field name; a new film's format is no section's field. */
const FIELD_DISPLAY: Record<string, ListDisplay | TextDisplay> = Object.assign(
  { format: { text: (value: unknown) => (isFilmFormat(value) ? formatLabel(value) : plainText(value)) } },
  ...Object.values(SECTIONS).map((section) => section.display ?? {}),
);

/** The slugs that sections' values name: credited and voicing people, characters, related films, studios. */
export function slugsNamedIn(valueSets: Record<string, unknown>[]): Slugs {
  const slugs = Object.fromEntries(PLURALS.map((plural) => [plural, new Set<string>()])) as Slugs;
  const rows = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
  const named = Object.values(SECTIONS).flatMap((section) =>
    Object.entries((section.namedEntries ?? {}) as Record<string, (row: unknown) => NamedSlugs>),
  );
  for (const values of valueSets) {
    for (const [field, namesIn] of named) {
      for (const row of rows(values[field])) {
        const found = namesIn(row);
        for (const kind of PLURALS) {
          for (const slug of found[kind] ?? []) slugs[kind].add(slug);
        }
      }
    }
  }
  return slugs;
}

/** A section value as the text a reader compares: one line per release, name, relation, segment or credit, labels for codes. */
export function displayValue(field: string, value: unknown, names: EntryNames = NO_NAMES): string {
  if (value === null || value === undefined || value === "") return "";
  const display = FIELD_DISPLAY[field];
  if (display && "line" in display && Array.isArray(value)) {
    return value.map((row, index) => display.line(row, index, names)).join("\n");
  }
  if (display && "text" in display) return display.text(value, names);
  return plainText(value);
}

function plainText(value: unknown): string {
  return typeof value === "string" ? value : JSON.stringify(value);
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
