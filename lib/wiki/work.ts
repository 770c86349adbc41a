import type { Processor } from "unified";

/**
 * Constructs whose resolution in micromark grows with the square of how often they occur (emphasis
 * delimiters, link brackets, setext underlines): past these counts in one text, the construct is off
 * and its characters read as themselves. Far above what a description uses, far below what is slow.
 */
const LIMITS = [
  { constructs: ["attention"], count: (text: string) => countOf(text, /[*_]/g), max: 2_000 },
  {
    constructs: ["labelStartLink", "labelStartImage", "labelEnd"],
    count: (text: string) => countOf(text, /[[\]]/g),
    max: 2_000,
  },
  { constructs: ["setextUnderline"], count: (text: string) => countOf(text, /^ {0,3}(?:=+|-+)[ \t]*$/gm), max: 200 },
];

/** The micromark constructs to switch off for `text`. */
export function costlyConstructs(text: string): string[] {
  return LIMITS.filter(({ count, max }) => count(text) > max).flatMap(({ constructs }) => constructs);
}

/** A remark plugin that switches the given micromark constructs off, as `costlyConstructs` names them. */
export function remarkDisableConstructs(this: Processor, { constructs }: { constructs: string[] }): void {
  if (constructs.length === 0) return;
  // remark-parse reads this key; its type lives in remark-parse, which only react-markdown depends on.
  const data = this.data() as { micromarkExtensions?: unknown[] };
  data.micromarkExtensions = [...(data.micromarkExtensions ?? []), { disable: { null: constructs } }];
}

function countOf(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}
