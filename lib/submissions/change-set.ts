import { jsonEqual, type Json } from "./json";
import { mergeRows } from "./merge/rows";
import type { FieldMerge, MergeRules } from "./merge/rules";
import { mergeText } from "./merge/text";

export { jsonEqual, type Json } from "./json";

/** The fields an edit changes, each with the value it was made against and the value proposed. */
export type ChangeSet = Record<string, { before: Json; after: Json }>;

/** One clashing row of a list (null on a side without it), or one clashing passage of a text ("" where absent). */
export type ConflictPart = { base: Json; current: Json; proposed: Json };

/**
 * A field that the newer revisions and the submission both changed, to different values; `parts`
 * names the rows or passages that clash when the field merges by row or by passage.
 */
export type FieldConflict = { base: Json; current: Json; proposed: Json; parts?: ConflictPart[] };

export type Conflicts = Record<string, FieldConflict>;

export type Merge = { merged: Record<string, unknown>; conflicts: Conflicts };

export function diffValues(base: Record<string, unknown>, proposed: Record<string, unknown>): ChangeSet {
  const changes: ChangeSet = {};
  for (const field of Object.keys(proposed)) {
    if (!jsonEqual(base[field], proposed[field])) {
      changes[field] = { before: (base[field] ?? null) as Json, after: proposed[field] as Json };
    }
  }
  return changes;
}

/** A field both sides changed, merged by its rule: the result, and what clashes. */
function mergeField(rule: FieldMerge | undefined, base: Json, current: Json, proposed: Json) {
  if (rule && "rows" in rule && Array.isArray(base) && Array.isArray(current) && Array.isArray(proposed)) {
    const rows = mergeRows(base, current, proposed, rule.rows);
    return { merged: rows.merged, parts: rows.parts, clashes: rows.parts.length > 0 || rows.orderClash };
  }
  if (
    rule &&
    "text" in rule &&
    typeof base === "string" &&
    typeof current === "string" &&
    typeof proposed === "string"
  ) {
    const text = mergeText(base, current, proposed);
    return { merged: text.merged, parts: text.parts, clashes: text.parts.length > 0 };
  }
  return null;
}

/**
 * Applies a change set to the section as it is now. A field nobody else touched since the edit's
 * base takes the proposed value, as does one someone else changed to the same value. A field both
 * changed merges by its rule: a list row by row, long text by passage; what still clashes, or a
 * field merged any other way, is a conflict and keeps its current value. A merge the section's
 * schema refuses (two sides together adding one credit twice, or past a limit) is a conflict too.
 * `merged` is always the current section with every part of the edit that does not clash; an
 * approval writes it only when `conflicts` is empty, and an amend form starts from it.
 */
export function mergeChangeSet(changes: ChangeSet, current: Record<string, unknown>, rules: MergeRules): Merge {
  const merged = { ...current };
  const conflicts: Conflicts = {};
  const combined: string[] = [];
  for (const [field, { before, after }] of Object.entries(changes)) {
    const now = (current[field] ?? null) as Json;
    if (jsonEqual(now, before) || jsonEqual(now, after)) {
      merged[field] = after;
      continue;
    }
    const conflict = { base: before, current: now, proposed: after };
    const result = mergeField(rules.fields[field], before, now, after);
    if (!result) {
      conflicts[field] = conflict;
      continue;
    }
    merged[field] = result.merged;
    if (result.clashes) conflicts[field] = result.parts.length > 0 ? { ...conflict, parts: result.parts } : conflict;
    else combined.push(field);
  }
  for (const field of refusedBySchema(rules, merged, combined)) {
    merged[field] = current[field];
    conflicts[field] = {
      base: changes[field]!.before,
      current: (current[field] ?? null) as Json,
      proposed: changes[field]!.after,
    };
  }
  return { merged, conflicts };
}

/** The merged fields, out of `combined`, that the section's schema refuses. */
function refusedBySchema(rules: MergeRules, merged: Record<string, unknown>, combined: readonly string[]): string[] {
  if (!rules.schema || combined.length === 0) return [];
  const parsed = rules.schema.safeParse(merged);
  if (parsed.success) return [];
  const refused = new Set(parsed.error.issues.map((issue) => String(issue.path[0])));
  return combined.filter((field) => refused.has(field));
}

/** Whether a merge left anything for the author to settle. */
export function hasConflicts(merge: { conflicts: Conflicts }): boolean {
  return Object.keys(merge.conflicts).length > 0;
}
