import type { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { EntityType } from "@/lib/generated/prisma/enums";
import type { EntryNames, EntryPlural } from "../display";

export type Tx = Prisma.TransactionClient;

/** Messages per input name ("credits.3.person"); none means fine. */
export type FieldErrors = Partial<Record<string, string[]>>;

/** The slugs of the entries a row names, by kind: credited and voicing people, characters, related films, studios. */
export type NamedSlugs = Partial<Record<EntryPlural, string[]>>;

type RowOf<Value> = Value extends readonly (infer Row)[] ? Row : never;

/** The fields of a section that hold lists of rows. */
type ListField<Values> = {
  [Field in keyof Values & string]: Values[Field] extends readonly unknown[] ? Field : never;
}[keyof Values & string];

/** How a field reads in a diff: a list one line per row, anything else as one text. */
export type FieldDisplay<Value> = [Value] extends [readonly (infer Row)[]]
  ? { line(row: Row, index: number, names: EntryNames): string }
  : { text(value: NonNullable<Value>, names: EntryNames): string };

/**
 * What the database makes of proposed values: the values as stored (a film typed by title becomes
 * its slug, a tag typed in another case takes the existing spelling), and what it cannot resolve
 * (does this person exist?), as messages per input.
 */
export type Resolution<Values> = { values: Values; errors: FieldErrors };

/**
 * An editable section of an entry, everything about it in one place: how to read its current values
 * as plain JSON and write proposed values back to the normalized tables, how a form's fields become
 * values, how its rows are told apart, how diffs show it, which entries it names, and which other
 * pages show it. Plain TypeScript over a transaction, so the engine and the seed share it.
 */
export type SectionDefinition<Values extends Record<string, unknown>> = {
  id: string;
  entityType: EntityType;
  /** What readers call the section; read it through `sectionTitle`. */
  title: string;
  /** Field labels, in the order diffs show them. */
  fields: Record<keyof Values & string, string>;
  /** The fields holding wiki text, which the review page also shows rendered, as the entry's page would. */
  wikiText?: readonly (keyof Values & string)[];
  schema: z.ZodType<Values, unknown>;
  /** The names of the form's inputs; anything else posted is refused, never silently dropped. */
  formField: RegExp;
  fromForm(fields: Record<string, string>): unknown;
  /**
   * Looks up once what the values name, before a submission is saved. What it cannot resolve it
   * leaves as typed in `values` and reports in `errors`, beside the input. `write` resolves again
   * on approval, since the database may have changed in between.
   */
  resolve?(tx: Tx, entityId: number, values: Values): Promise<Resolution<Values>>;
  read(tx: Tx, entityId: number): Promise<Values>;
  write(tx: Tx, entityId: number, values: Values): Promise<void>;
  /** What makes a row of each list the same row on both sides of an edit (a credit: person, role, segment). */
  rowKey?: { [Field in ListField<Values>]?: (row: RowOf<Values[Field]>) => string };
  /** Fields shown in diffs other than as their plain text: one line per row, labels for codes. */
  display?: { [Field in keyof Values & string]?: FieldDisplay<Values[Field]> };
  /** The entries each list's rows name by slug, so that a diff can show their names. */
  namedEntries?: { [Field in ListField<Values>]?: (row: RowOf<Values[Field]>) => NamedSlugs };
  /** Whether other entries' pages show this section (names, titles, posters, casts), so theirs expire too. */
  shownElsewhere: boolean;
  /**
   * Other sections whose values a write of this one can change (renaming a segment renames it in
   * the credits); each gets a revision of its own, so its newest revision stays what the tables
   * hold and edits based on it still merge.
   */
  affects?: readonly string[];
  /** Options the form offers that live in the database, such as the people to credit. */
  choices?(tx: Tx, entityId: number): Promise<unknown>;
};
