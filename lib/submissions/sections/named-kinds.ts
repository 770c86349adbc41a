// Client-safe: the row forms' "New …" ticks read their labels from here.

/** A kind of entry a section row can name, or propose by name with a "New …" checkbox. */
export type NamedKind = {
  entityType: "PERSON" | "CHARACTER";
  noun: string;
  plural: string;
  /** The checkbox's label. */
  tick: string;
  /** How a row that names nothing should be told to pick one ("Choose one from the list"). */
  choose: string;
};

export const PERSON: NamedKind = {
  entityType: "PERSON",
  noun: "person",
  plural: "people",
  tick: "New person",
  choose: "Choose someone from the list",
};

export const CHARACTER: NamedKind = {
  entityType: "CHARACTER",
  noun: "character",
  plural: "characters",
  tick: "New character",
  choose: "Choose one from the list",
};
