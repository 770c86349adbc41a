// Client-safe: the row forms' "New …" ticks read their labels from here.
import { ENTRY_KINDS, type EntryKind } from "@/lib/entries/kinds";

/** A kind of entry a section row can name, or propose by name with a "New …" checkbox. */
export type NamedKind = EntryKind & {
  entityType: "PERSON" | "CHARACTER" | "STUDIO";
  key: "person" | "character" | "studio";
  plural: "people" | "characters" | "studios";
  /** The checkbox's label. */
  tick: string;
  /** How a row that names nothing should be told to pick one ("Choose one from the list"). */
  choose: string;
};

export const PERSON: NamedKind = {
  ...ENTRY_KINDS.PERSON,
  tick: "New person",
  choose: "Choose someone from the list",
};

export const CHARACTER: NamedKind = {
  ...ENTRY_KINDS.CHARACTER,
  tick: "New character",
  choose: "Choose one from the list",
};

export const STUDIO: NamedKind = {
  ...ENTRY_KINDS.STUDIO,
  tick: "New studio",
  choose: "Choose one from the list",
};
