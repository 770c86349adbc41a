import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";

import { WikiText } from "@/components/wiki-text";
import { DESCRIPTION_MAX } from "@/lib/submissions/schema";
import { WIKI_BLOCKS_MAX } from "@/lib/wiki/nesting";

/** Repeats `unit` to fill a description to the limit, leaving room for one more character. */
const fill = (unit: string) => unit.repeat(Math.floor((DESCRIPTION_MAX - 1) / unit.length));

/** The worst texts within the limit that were found; each took seconds to minutes, or overflowed the stack. */
const WORST: Record<string, string> = {
  "`- ` × 24,990 (the issue's biography)": `${"- ".repeat(24_990)}x`,
  "`>` × 49,990 (the issue's 500)": ">".repeat(49_990),
  "4,000 list markers": `${"- ".repeat(4_000)}x`,
  "ordered list markers": `${fill("1. ")}x`,
  "quote markers with spaces": `${fill("> ")}x`,
  "quotes and lists in turn": `${fill("> - ")}x`,
  "a deep list, then blank lines it holds open": `${"- ".repeat(12_000)}x${"\n".repeat(25_000)}y`,
  "a deep quote, then lazy lines": `${"> ".repeat(12_000)}x${"\ny".repeat(12_000)}`,
  "a deep list holding a fence open": `${" -".repeat(12_000)} > \`\`\`${"\n".repeat(12_000)}x`,
  "lists nested by indentation": Array.from({ length: 200 }, (_, level) => `${"  ".repeat(level)}- x`).join("\n"),
  "emphasis that never closes": fill("*a_ "),
  "emphasis closers without openers": fill("a* "),
  "emphasis nested 12,000 deep": `${"*".repeat(24_990)}x${"*".repeat(24_990)}`,
  "brackets and underscores": fill("[ a_"),
  "10,000 missing wiki links": fill("[[a]]"),
  "setext headings": fill("a\n=\n"),
  "16,000 one-line paragraphs": fill("a\n\n"),
  "12,500 headings": fill("# a\n"),
  "table rows": `| a |\n| - |\n${fill("| a |\n").slice(12)}`,
  "thematic breaks": fill("***\n"),
  "link reference definitions": fill("[a]:b\n"),
  "a tight list of 12,500 items": fill("- a\n"),
  "quotes that blank lines end": fill("> a\n\n"),
  "list items holding quotes": fill("- > a\n"),
  "lists in lists, line by line": fill("- - a\n"),
  "1,000 one-line paragraphs, at the block bound": "a\n\n".repeat(WIKI_BLOCKS_MAX),
  "quotes that blank lines end, at the block bound": "> a\n\n".repeat(WIKI_BLOCKS_MAX / 2),
  "list items holding quotes, at the block bound": "- > a\n".repeat(Math.floor(WIKI_BLOCKS_MAX / 3)),
};

function renderTime(text: string): number {
  const start = performance.now();
  renderToStaticMarkup(<WikiText text={text} links={new Map()} />);
  return performance.now() - start;
}

describe("WikiText's work bound", () => {
  // Ordinary prose of the same length sets the pace, so a busy machine does not fail the test: unbounded,
  // texts of many short lines cost tens of times more, super-linear ones thousands; bounded, the worst
  // (thousands of wiki links on one line) costs about three times as much.
  const prose = fill("Some *text* with a [link](https://example.com) and [[film:akira]].\n\n");
  renderTime(prose);
  const budget = Math.max(500, 5 * renderTime(prose));

  it.each(Object.entries(WORST))("renders %s within the budget", (_, text) => {
    expect(text.length).toBeLessThanOrEqual(DESCRIPTION_MAX);
    expect(renderTime(text)).toBeLessThan(budget);
  });
});
