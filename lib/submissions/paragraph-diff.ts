import { diffArrays } from "diff";
import { wordDiff, type DiffPart } from "./display";

/**
 * One row of a long text's diff, as MediaWiki shows it: a changed paragraph on both sides (either
 * side missing when it was added or removed), an unchanged neighbour for context, or a marker for
 * unchanged paragraphs left out.
 */
export type ParagraphRow =
  | { kind: "changed"; left: DiffPart[] | null; right: DiffPart[] | null }
  | { kind: "context"; text: string }
  | { kind: "skipped"; count: number };

/** Paragraphs are separated by blank lines, as in the wiki text (Markdown) they are written in. */
export function paragraphsOf(text: string): string[] {
  return text
    .replace(/\r\n?/g, "\n")
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.replace(/^\n+|\n+$/g, ""))
    .filter((paragraph) => paragraph.trim() !== "");
}

/** A text of more than one paragraph: its diff is shown by paragraph, a shorter one as a whole. */
export function isLongText(value: string): boolean {
  return paragraphsOf(value).length > 1;
}

type Block = { kind: "same"; paragraphs: string[] } | { kind: "change"; removed: string[]; added: string[] };

/** Runs of equal paragraphs, and between them the paragraphs removed and added together. */
function blocksOf(before: string[], after: string[]): Block[] {
  const blocks: Block[] = [];
  for (const part of diffArrays(before, after)) {
    if (!part.added && !part.removed) {
      blocks.push({ kind: "same", paragraphs: part.value });
      continue;
    }
    let last = blocks.at(-1);
    if (last?.kind !== "change") {
      last = { kind: "change", removed: [], added: [] };
      blocks.push(last);
    }
    (part.removed ? last.removed : last.added).push(...part.value);
  }
  return blocks;
}

/**
 * Removed and added paragraphs side by side: the first removed beside the first added, and so on,
 * with changed words marked; what is left over was removed or added whole.
 */
function changedRows({ removed, added }: { removed: string[]; added: string[] }): ParagraphRow[] {
  return Array.from({ length: Math.max(removed.length, added.length) }, (_, index) => {
    const left = removed[index];
    const right = added[index];
    if (left !== undefined && right !== undefined) {
      const parts = wordDiff(left, right);
      return {
        kind: "changed",
        left: parts.filter((part) => part.change !== "added"),
        right: parts.filter((part) => part.change !== "removed"),
      };
    }
    return {
      kind: "changed",
      left: left === undefined ? null : [{ text: left, change: "removed" }],
      right: right === undefined ? null : [{ text: right, change: "added" }],
    };
  });
}

/**
 * The changed paragraphs of two versions of a long text, each with up to `context` unchanged
 * paragraphs either side; the unchanged paragraphs between are counted, not shown.
 */
export function paragraphDiff(before: string, after: string, context = 1): ParagraphRow[] {
  const blocks = blocksOf(paragraphsOf(before), paragraphsOf(after));
  const rows: ParagraphRow[] = [];
  blocks.forEach((block, index) => {
    if (block.kind === "change") {
      rows.push(...changedRows(block));
      return;
    }
    const { paragraphs } = block;
    const head = index > 0 ? paragraphs.slice(0, context) : [];
    const tailStart =
      index < blocks.length - 1 ? Math.max(head.length, paragraphs.length - context) : paragraphs.length;
    const tail = paragraphs.slice(tailStart);
    const skipped = paragraphs.length - head.length - tail.length;
    rows.push(...head.map((text) => ({ kind: "context" as const, text })));
    if (skipped > 0) rows.push({ kind: "skipped", count: skipped });
    rows.push(...tail.map((text) => ({ kind: "context" as const, text })));
  });
  return rows;
}
