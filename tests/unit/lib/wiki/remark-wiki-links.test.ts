import type { PhrasingContent, Root, Text } from "mdast";
import { describe, expect, it } from "vitest";

import { remarkWikiLinks } from "@/lib/wiki/remark-wiki-links";

const links = new Map([["film:akira", { href: "/films/akira", title: "Akira" }]]);

function transform(tree: Root): Root {
  remarkWikiLinks({ links })(tree);
  return tree;
}

function paragraph(...children: PhrasingContent[]): Root {
  return { type: "root", children: [{ type: "paragraph", children }] };
}

const missing = (value: string): Text => ({
  type: "text",
  value,
  data: { hName: "span", hProperties: { className: ["wiki-link-missing"], title: "No entry yet" } },
});

describe("remarkWikiLinks", () => {
  it("splits text around links, resolved and missing", () => {
    const tree = transform(paragraph({ type: "text", value: "See [[film:akira]] and [[Memories]]." }));
    expect(tree).toEqual(
      paragraph(
        { type: "text", value: "See " },
        { type: "link", url: "/films/akira", children: [{ type: "text", value: "Akira" }] },
        { type: "text", value: " and " },
        missing("Memories"),
        { type: "text", value: "." },
      ),
    );
  });

  it("prefers the written label over the entry title", () => {
    const tree = transform(paragraph({ type: "text", value: "[[film:akira|the 1988 film]]" }));
    expect(tree).toEqual(
      paragraph({ type: "link", url: "/films/akira", children: [{ type: "text", value: "the 1988 film" }] }),
    );
  });

  it("falls back to the slug for a missing link without a label", () => {
    expect(transform(paragraph({ type: "text", value: "[[person:satoshi-kon]]" }))).toEqual(
      paragraph(missing("satoshi-kon")),
    );
  });

  it("rewrites text nested in other phrasing content", () => {
    const tree = transform(paragraph({ type: "strong", children: [{ type: "text", value: "[[film:akira]]" }] }));
    expect(tree).toEqual(
      paragraph({
        type: "strong",
        children: [{ type: "link", url: "/films/akira", children: [{ type: "text", value: "Akira" }] }],
      }),
    );
  });

  it("leaves code and link text alone", () => {
    const tree = paragraph(
      { type: "inlineCode", value: "[[film:akira]]" },
      { type: "link", url: "/x", children: [{ type: "text", value: "[[film:akira]]" }] },
      { type: "emphasis", children: [{ type: "text", value: "no links here" }] },
    );
    const before = structuredClone(tree);
    expect(transform(tree)).toEqual(before);
  });
});
