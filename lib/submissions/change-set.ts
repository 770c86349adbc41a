/** JSON values as sections hold them. */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** The fields an edit changes, each with the value it was made against and the value proposed. */
export type ChangeSet = Record<string, { before: Json; after: Json }>;

/** Fields that the newer revisions and the submission both changed, to different values. */
export type Conflicts = Record<string, { base: Json; current: Json; proposed: Json }>;

/** Deep equality of JSON values; key order does not count, since PostgreSQL's jsonb reorders keys. */
export function jsonEqual(a: unknown, b: unknown): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
    );
  }
  return value ?? null;
}

export function diffValues(base: Record<string, unknown>, proposed: Record<string, unknown>): ChangeSet {
  const changes: ChangeSet = {};
  for (const field of Object.keys(proposed)) {
    if (!jsonEqual(base[field], proposed[field])) {
      changes[field] = { before: (base[field] ?? null) as Json, after: proposed[field] as Json };
    }
  }
  return changes;
}

/**
 * Applies a change set to the section as it is now, field by field: a field nobody else touched
 * since the edit's base takes the proposed value; a field someone else changed to the same value
 * is fine; a field changed to something else is a conflict and keeps its current value. `merged`
 * is always the current section with every part of the edit that does not clash; an approval
 * writes it only when `conflicts` is empty, and an amend form starts from it.
 */
export function mergeChangeSet(
  changes: ChangeSet,
  current: Record<string, unknown>,
): { merged: Record<string, unknown>; conflicts: Conflicts } {
  const merged = { ...current };
  const conflicts: Conflicts = {};
  for (const [field, { before, after }] of Object.entries(changes)) {
    const now = (current[field] ?? null) as Json;
    if (jsonEqual(now, before) || jsonEqual(now, after)) merged[field] = after;
    else conflicts[field] = { base: before, current: now, proposed: after };
  }
  return { merged, conflicts };
}

/** Whether a merge left anything for the author to settle. */
export function hasConflicts(merge: { conflicts: Conflicts }): boolean {
  return Object.keys(merge.conflicts).length > 0;
}
