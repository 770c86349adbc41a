import type { z } from "zod";
import type { SectionDefinition } from "../sections/types";
import type { RowKey } from "./rows";

/** How a field merges when both sides changed it: row by row, by line of text, or (absent) as a whole. */
export type FieldMerge = { rows: RowKey } | { text: true };

export type MergeRules = {
  fields: Partial<Record<string, FieldMerge>>;
  /** What a merged section must still satisfy; a field that only fails once merged is a conflict. */
  schema?: z.ZodType<unknown, unknown>;
};

/** Every field merged as a whole: for proposed new entries, which have nothing to merge with. */
export const WHOLE_FIELDS: MergeRules = { fields: {} };

/** The merge rules a section declares: its lists by their `rowKey`, its wiki text by line. */
export function mergeRulesOf<Values extends Record<string, unknown>>(
  definition: SectionDefinition<Values>,
): MergeRules {
  const fields: Partial<Record<string, FieldMerge>> = {};
  for (const field of definition.wikiText ?? []) fields[field] = { text: true };
  for (const [field, key] of Object.entries(definition.rowKey ?? {})) {
    if (key) fields[field] = { rows: key as RowKey };
  }
  return { fields, schema: definition.schema };
}
