import type { ConflictPart } from "../change-set";
import { jsonEqual, type Json } from "../json";

/** What tells a row of a list apart from the others, whatever its mutable content. */
export type RowKey = (row: Json) => string;

export type RowMerge = {
  /** The current rows with every non-clashing change of the proposal; a clashing row stays as it is now. */
  merged: Json[];
  /** One part per clashing row, null on a side where the row is absent. */
  parts: ConflictPart[];
  /** Both sides put the rows they share in different new orders. */
  orderClash: boolean;
};

type Keyed = { key: string; row: Json }[];

/** Each row with its key; a key repeated in one list is told apart by its occurrence ("x", "x#2"). */
function keyed(rows: readonly Json[], key: RowKey): Keyed {
  const seen = new Map<string, number>();
  return rows.map((row) => {
    const plain = key(row);
    const count = (seen.get(plain) ?? 0) + 1;
    seen.set(plain, count);
    return { key: count === 1 ? plain : `${plain}#${count}`, row };
  });
}

const byKey = (rows: Keyed) => new Map(rows.map(({ key, row }) => [key, row]));

/** Whether two lists put the rows they share in different orders. */
function orderDiffers(one: Keyed, other: Keyed): boolean {
  const inOther = new Set(other.map(({ key }) => key));
  const inOne = new Set(one.map(({ key }) => key));
  const shared = (rows: Keyed, kept: Set<string>) => rows.filter(({ key }) => kept.has(key)).map(({ key }) => key);
  return shared(one, inOther).join("\u0000") !== shared(other, inOne).join("\u0000");
}

/**
 * The kept keys in the leading side's order; each kept key only the other side has goes after the
 * row that precedes it there, or first when nothing does.
 */
function ordered(leading: readonly string[], following: readonly string[], kept: ReadonlySet<string>): string[] {
  const order = leading.filter((key) => kept.has(key));
  const placed = new Set(order);
  let previous: string | undefined;
  for (const key of following) {
    if (!kept.has(key)) continue;
    if (!placed.has(key)) {
      order.splice(previous === undefined ? 0 : order.indexOf(previous) + 1, 0, key);
      placed.add(key);
    }
    previous = key;
  }
  return order;
}

type Sides = { base: Json | undefined; current: Json | undefined; proposed: Json | undefined };

/** One row's outcome, undefined where it is gone; a clashing row stays as it is now. */
function mergeRow({ base, current, proposed }: Sides): { row: Json | undefined; clashes: boolean } {
  if (jsonEqual(base, proposed)) return { row: current, clashes: false };
  if (jsonEqual(base, current) || jsonEqual(current, proposed)) return { row: proposed, clashes: false };
  return { row: current, clashes: true };
}

/**
 * Three-way merge of a list by row: rows added on either side are kept (once, when both added the
 * same); a row changed or removed on one side only takes that change; a row both sides changed
 * differently, or one changed and the other removed, clashes and stays as it is now. The order is
 * the current one with the proposal's new rows after their predecessor there, unless only the
 * proposal reordered the rows, in which case its order leads.
 */
export function mergeRows(
  base: readonly Json[],
  current: readonly Json[],
  proposed: readonly Json[],
  key: RowKey,
): RowMerge {
  const [baseRows, currentRows, proposedRows] = [keyed(base, key), keyed(current, key), keyed(proposed, key)];
  const [baseByKey, currentByKey, proposedByKey] = [byKey(baseRows), byKey(currentRows), byKey(proposedRows)];
  const keys = new Set([...baseByKey.keys(), ...currentByKey.keys(), ...proposedByKey.keys()]);
  const rows = new Map<string, Json>();
  const parts: ConflictPart[] = [];
  for (const rowKey of keys) {
    const sides = {
      base: baseByKey.get(rowKey),
      current: currentByKey.get(rowKey),
      proposed: proposedByKey.get(rowKey),
    };
    const { row, clashes } = mergeRow(sides);
    if (clashes)
      parts.push({ base: sides.base ?? null, current: sides.current ?? null, proposed: sides.proposed ?? null });
    if (row !== undefined) rows.set(rowKey, row);
  }
  const currentKeys = currentRows.map(({ key: rowKey }) => rowKey);
  const proposedKeys = proposedRows.map(({ key: rowKey }) => rowKey);
  const theyReordered = orderDiffers(baseRows, currentRows);
  const weReordered = orderDiffers(baseRows, proposedRows);
  const proposalLeads = weReordered && !theyReordered;
  const kept = new Set(rows.keys());
  const order = proposalLeads ? ordered(proposedKeys, currentKeys, kept) : ordered(currentKeys, proposedKeys, kept);
  return {
    merged: order.map((rowKey) => rows.get(rowKey)!),
    parts,
    orderClash: theyReordered && weReordered && orderDiffers(currentRows, proposedRows),
  };
}
