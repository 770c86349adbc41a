import type { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { EntityType } from "@/lib/generated/prisma/enums";

export type Tx = Prisma.TransactionClient;

/**
 * An editable section of an entry: how to read its current values as plain JSON, how to write
 * proposed values back to the normalized tables, and how a form's fields become values. Plain
 * TypeScript over a transaction, so the engine and the seed share it.
 */
export type SectionDefinition<Values extends Record<string, unknown>> = {
  id: string;
  entityType: EntityType;
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
   * Checks parsed values against the database and returns them as stored (a film typed by title
   * becomes its slug, a tag typed in another case takes the existing spelling). It runs before
   * `check`, so it leaves what it cannot resolve as typed, for `check` to report beside the input.
   */
  prepare?(tx: Tx, entityId: number, values: Values): Promise<Values>;
  read(tx: Tx, entityId: number): Promise<Values>;
  write(tx: Tx, entityId: number, values: Values): Promise<void>;
  /**
   * What the schema cannot know without the database (does this person exist?), as messages per
   * input name ("credits.3.person"); checked before a submission is saved. None means fine.
   */
  check?(tx: Tx, entityId: number, values: Values): Promise<Partial<Record<string, string[]>>>;
  /**
   * Other sections whose values a write of this one can change (renaming a segment renames it in
   * the credits); each gets a revision of its own, so its newest revision stays what the tables
   * hold and edits based on it still merge.
   */
  affects?: readonly string[];
  /** Options the form offers that live in the database, such as the people to credit. */
  choices?(tx: Tx, entityId: number): Promise<unknown>;
};
