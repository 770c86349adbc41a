import { diff3Merge } from "node-diff3";
import type { ConflictPart } from "../change-set";

export type TextMerge = {
  /** The current text with every passage only the proposal changed; a clashing passage stays as it is now. */
  merged: string;
  /** One part per clashing passage, "" on a side where it is absent. */
  parts: ConflictPart[];
};

const linesOf = (text: string) => text.replace(/\r\n?/g, "\n").split("\n");

/** `inner` with something added before or after it, and that addition; null when it is not so. */
function addedAround(whole: string[], inner: string[]): { before: string[]; after: string[] } | null {
  for (let start = 0; start + inner.length <= whole.length; start += 1) {
    if (inner.every((line, index) => whole[start + index] === line)) {
      return { before: whole.slice(0, start), after: whole.slice(start + inner.length) };
    }
  }
  return null;
}

/**
 * A passage one side only added to, next to one the other side changed: diff3 sees one region,
 * but nothing clashes, so both are kept (a paragraph appended after one someone else reworded).
 */
function settled(current: string[], base: string[], proposed: string[]): string[] | null {
  const currentAdded = addedAround(current, base);
  const proposedAdded = addedAround(proposed, base);
  if (proposedAdded && !currentAdded) return [...proposedAdded.before, ...current, ...proposedAdded.after];
  if (currentAdded && !proposedAdded) return [...currentAdded.before, ...proposed, ...currentAdded.after];
  return null;
}

/**
 * Three-way merge of long text by line, as a paragraph of wiki text is a line: a passage changed
 * on one side only takes that change; passages both changed the same way are fine; a passage both
 * changed differently clashes and keeps its current text.
 */
export function mergeText(base: string, current: string, proposed: string): TextMerge {
  const lines: string[] = [];
  const parts: ConflictPart[] = [];
  for (const region of diff3Merge(linesOf(current), linesOf(base), linesOf(proposed))) {
    if (region.ok) {
      lines.push(...region.ok);
      continue;
    }
    const { a, o, b } = region.conflict!;
    const resolved = settled(a, o, b);
    if (resolved) {
      lines.push(...resolved);
      continue;
    }
    lines.push(...a);
    parts.push({ base: o.join("\n"), current: a.join("\n"), proposed: b.join("\n") });
  }
  return { merged: lines.join("\n"), parts };
}
