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
  schema: z.ZodType<Values, unknown>;
  /** The names of the form's inputs; anything else posted is refused, never silently dropped. */
  formField: RegExp;
  fromForm(fields: Record<string, string>): unknown;
  read(tx: Tx, entityId: number): Promise<Values>;
  write(tx: Tx, entityId: number, values: Values): Promise<void>;
};
