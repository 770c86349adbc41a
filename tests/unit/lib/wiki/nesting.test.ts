import { fromMarkdown } from "mdast-util-from-markdown";
import type { Nodes } from "mdast";
import { describe, expect, it } from "vitest";

import {
  blockCount,
  boundNesting,
  lineNestingBound,
  nestingDepth,
  renderableWikiText,
  WIKI_BLOCKS_MAX,
  WIKI_NESTING_MAX,
} from "@/lib/wiki/nesting";

/** The depth CommonMark's reference behaviour gives, as micromark parses it: only for small inputs. */
function parsedDepth(text: string): number {
  let deepest = 0;
  const stack: Array<[Nodes, number]> = [[fromMarkdown(text), 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    const own = node.type === "blockquote" || node.type === "listItem" ? depth + 1 : depth;
    deepest = Math.max(deepest, own);
    if ("children" in node) for (const child of node.children) stack.push([child, own]);
  }
  return deepest;
}

/** The blocks micromark makes of the text, containers included: only for small inputs. */
function parsedBlocks(text: string): number {
  let blocks = 0;
  const stack: Nodes[] = [fromMarkdown(text)];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!["root", "list", "text", "emphasis", "strong", "inlineCode", "link", "break"].includes(node.type)) blocks++;
    if ("children" in node && node.type !== "paragraph" && node.type !== "heading") stack.push(...node.children);
  }
  return blocks;
}

const CASES = [
  "",
  "Plain text.",
  "> quote",
  "> > > three",
  ">>>",
  "- a\n  - b\n    - c",
  "- a\n- b\n- c",
  "1. a\n   1. b\n      1. c",
  "- a\n\n  - b\n\n    continued",
  "> - a\n>   - b\n> > c",
  "- > - > x",
  "- - -",
  "* * *",
  "- a\n---\n- b",
  "Paragraph\n- item",
  "Paragraph\n2. not a list",
  "Paragraph\n1. a list",
  "Paragraph\n-\nnot an item",
  "> a\nlazy\n> > b",
  "> a\n- b",
  "- a\nlazy\n  - b",
  "```\n- not\n> a list\n```",
  "- ```\n  - code\n  ```\n  - item",
  "> ```\n> - code\n- item",
  "\t- tab\n\t\t- nested",
  ">\t- tab in quote\n>\t  - deeper",
  "-\n  a",
  "1)  a\n    - b",
  "-     indented code in item\n  - b",
  "    - indented code",
  "- a\n\n\n  - b",
  "# - heading\n- a",
  "- # heading\n  - b",
  "2000. a year, then a list",
  "1234567890. not a list",
  "- a\n  > b\n  > - c\n  >   - d",
  "> - a\n>\n>   > b",
];

describe("nestingDepth", () => {
  it.each(CASES)("agrees with the parser on %j", (text) => {
    expect(nestingDepth(text)).toBe(parsedDepth(text));
  });

  it("agrees with the parser on random mixes of container syntax, within one level", { timeout: 60_000 }, () => {
    const pieces = ["- ", "* ", "1. ", "2) ", "> ", ">", "  ", "    ", "\t", "a", "\n", "\n\n", "```", "-", "#"];
    let seed = 14;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
    let differing = 0;
    for (let run = 0; run < 3000; run++) {
      let text = "";
      for (let index = 0; index < 12; index++) text += pieces[Math.floor(random() * pieces.length)];
      const [scanned, parsed] = [nestingDepth(text), parsedDepth(text)];
      // micromark's "interrupt" flag can outlive the line that set it; the scan does not follow that.
      expect(Math.abs(scanned - parsed), text).toBeLessThanOrEqual(1);
      if (scanned !== parsed) differing++;
    }
    expect(differing).toBeLessThanOrEqual(3);
  });

  it("differs from micromark only where its interrupt flag outlives a line", () => {
    expect(nestingDepth("\n>#\n\t>> > > \n2) 1. ")).toBe(1);
    expect(parsedDepth("\n>#\n\t>> > > \n2) 1. ")).toBe(2);
  });

  it("counts the issue's texts without parsing them", () => {
    expect(nestingDepth(">".repeat(49_990))).toBe(49_990);
    expect(nestingDepth(`${"- ".repeat(24_990)}a`)).toBe(24_990);
  });
});

describe("boundNesting", () => {
  it("leaves text within the bound as it is", () => {
    const text = "> - a\n>   - b\n\n1. c\n   > d";
    expect(boundNesting(text)).toBe(text);
  });

  it("escapes the first marker past the bound, so the rest of the line is text", () => {
    expect(boundNesting(">>>>", 2)).toBe(">>\\>>");
    expect(boundNesting("- - - a", 2)).toBe("- - \\- a");
    expect(boundNesting("1. 1. 1. a", 2)).toBe("1. 1. 1\\. a");
  });

  it("bounds nesting built over several lines", () => {
    const text = Array.from({ length: 20 }, (_, level) => `${"  ".repeat(level)}- level ${level + 1}`).join("\n");
    const bounded = boundNesting(text, 3);
    expect(parsedDepth(bounded)).toBe(3);
    expect(bounded).toContain("\\- level 4");
  });

  it("leaves any text nested at most to the bound, as the parser reads it", () => {
    for (const text of [...CASES, ">".repeat(100), `${"- ".repeat(100)}a`, "> ".repeat(50) + "a\n" + ">".repeat(60)]) {
      expect(parsedDepth(boundNesting(text, 2))).toBeLessThanOrEqual(2);
    }
  });
});

/** The tree without positions, which the edits move, and with a line ending in text read as a space. */
function shape(text: string): string {
  return JSON.stringify(fromMarkdown(text), (key, value: unknown) =>
    key === "position" ? undefined : key === "value" && typeof value === "string" ? value.replace(/\s+/g, " ") : value,
  );
}

describe("boundNesting's other edits", () => {
  it("puts a lazy line on the line before, or after a hard break gives it its containers' markers", () => {
    expect(boundNesting("> > a\nlazy\n> b")).toBe("> > a lazy b");
    expect(boundNesting("- > a  \n\tlazy")).toBe("- > a  \n  >   lazy");
    expect(boundNesting("> a\\\nlazy")).toBe("> a\\\n> lazy");
    expect(boundNesting("> a\n===")).toBe("> a\n===");
  });

  it("keeps one blank line of a run, except in code", () => {
    expect(boundNesting("a\n\n\n\nb")).toBe("a\n\nb");
    expect(boundNesting("```\na\n\n\nb\n```")).toBe("```\na\n\n\nb\n```");
    expect(boundNesting("    a\n\n\n    b")).toBe("    a\n\n\n    b");
  });

  it("leaves the parsed tree as it was", { timeout: 60_000 }, () => {
    const pieces = ["- ", "1. ", "> ", ">", "  ", "    ", "\t", "a", "b c", "\n", "\n\n", "\n\n\n", "```", "===", "#"];
    let seed = 1995;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
    for (const text of [
      ...CASES,
      ...Array.from({ length: 2000 }, () => {
        let text = "";
        for (let index = 0; index < 12; index++) text += pieces[Math.floor(random() * pieces.length)];
        return text;
      }),
    ]) {
      expect(shape(boundNesting(text, 100)), JSON.stringify(text)).toBe(shape(text));
    }
  });
});

describe("lineNestingBound", () => {
  it("bounds what any line can open or continue", () => {
    expect(lineNestingBound("Plain text.\n\nMore.")).toBe(0);
    expect(lineNestingBound("- a\n    - b")).toBe(3);
    expect(lineNestingBound(">".repeat(100))).toBe(100);
    expect(lineNestingBound(`${" ".repeat(200)}code, not nesting`)).toBe(0);
  });

  it("is never below the parser's depth", () => {
    for (const text of CASES) expect(lineNestingBound(text)).toBeGreaterThanOrEqual(parsedDepth(text));
  });

  it("has WIKI_NESTING_MAX well below it", () => {
    expect(WIKI_NESTING_MAX).toBeLessThan(16);
  });
});

describe("blockCount", () => {
  it("counts the lines that are not blank, and each list or quote marker they start with", () => {
    expect(blockCount("")).toBe(0);
    expect(blockCount("One paragraph\nover two lines.\n\n\t\n# A heading")).toBe(3);
    expect(blockCount("- a\n- b\n\n> - c\n>\n1. d")).toBe(2 + 2 + 3 + 2 + 2);
    expect(blockCount("***\n| a |\n[a]: /b\n<!-- c -->")).toBe(4);
    expect(blockCount("a\n\n".repeat(16_000))).toBe(16_000);
  });

  it("is never below the blocks the parser makes", () => {
    const more = [
      "a\n\nb\n\n# c\n***\n[d]: /e\n<div>\n\n    code",
      "- a\n- b\n\n> c\n\n> d\n\n- > - e",
      "a\n===\n- - -",
    ];
    for (const text of [...CASES, ...more]) {
      expect(blockCount(text), JSON.stringify(text)).toBeGreaterThanOrEqual(parsedBlocks(text));
    }
  });

  it("sends text past WIKI_BLOCKS_MAX to be shown as written, and text up to it to the parser", () => {
    expect(renderableWikiText("a\n\n".repeat(WIKI_BLOCKS_MAX + 1))).toBeNull();
    expect(renderableWikiText("a\n\n".repeat(WIKI_BLOCKS_MAX))).toBe("a\n\n".repeat(WIKI_BLOCKS_MAX));
  });
});
