import { describe, expect, it } from "vitest";

import { parseWikiLinks, wikiLinkKey, wikiLinkTargets } from "@/lib/wiki/links";

describe("parseWikiLinks", () => {
  it("parses a namespaced link with a label", () => {
    expect(parseWikiLinks("See [[film:robot-carnival|Robot Carnival]].")).toEqual([
      {
        target: { kind: "film", slug: "robot-carnival" },
        label: "Robot Carnival",
        raw: "[[film:robot-carnival|Robot Carnival]]",
        index: 4,
      },
    ]);
  });

  it("leaves the label null for a namespaced link without one", () => {
    expect(parseWikiLinks("[[film:akira]]")).toEqual([
      { target: { kind: "film", slug: "akira" }, label: null, raw: "[[film:akira]]", index: 0 },
    ]);
  });

  it("treats an empty label as no label", () => {
    expect(parseWikiLinks("[[film:akira|  ]]")[0]?.label).toBeNull();
  });

  it.each(["film", "person", "character"] as const)("accepts the %s namespace", (kind) => {
    expect(parseWikiLinks(`[[${kind}:some-slug]]`)[0]?.target).toEqual({ kind, slug: "some-slug" });
  });

  it("reads a link without a namespace as a film title", () => {
    expect(parseWikiLinks("[[Robot Carnival]]")).toEqual([
      {
        target: { kind: "film", slug: "robot-carnival" },
        label: "Robot Carnival",
        raw: "[[Robot Carnival]]",
        index: 0,
      },
    ]);
  });

  it("lets a film title link carry its own label", () => {
    expect(parseWikiLinks("[[Robot Carnival|the anthology]]")[0]).toMatchObject({
      target: { kind: "film", slug: "robot-carnival" },
      label: "the anthology",
    });
  });

  it("reads titles containing a colon as titles", () => {
    expect(parseWikiLinks("[[2001: A Space Odyssey]] [[Memories: Magnetic Rose]] [[Re:Zero]]")).toMatchObject([
      { target: { kind: "film", slug: "2001-a-space-odyssey" }, label: "2001: A Space Odyssey" },
      { target: { kind: "film", slug: "memories-magnetic-rose" }, label: "Memories: Magnetic Rose" },
      { target: { kind: "film", slug: "re-zero" }, label: "Re:Zero" },
    ]);
  });

  it("normalises the slug of a namespaced link", () => {
    expect(parseWikiLinks("[[person: Katsuhiro Ōtomo ]]")[0]?.target).toEqual({
      kind: "person",
      slug: "katsuhiro-otomo",
    });
  });

  it("keeps non-Latin titles", () => {
    expect(parseWikiLinks("[[メモリーズ]]")[0]).toMatchObject({
      target: { kind: "film", slug: "メモリーズ" },
      label: "メモリーズ",
    });
  });

  it("splits at the first pipe only", () => {
    expect(parseWikiLinks("[[film:akira|A | B]]")[0]?.label).toBe("A | B");
  });

  it("finds every link with its offset", () => {
    const text = "[[film:akira]] and [[person:katsuhiro-otomo|Otomo]]";
    expect(parseWikiLinks(text).map(({ raw, index }) => text.slice(index, index + raw.length))).toEqual([
      "[[film:akira]]",
      "[[person:katsuhiro-otomo|Otomo]]",
    ]);
  });

  describe("malformed links", () => {
    it.each([
      ["an unknown namespace", "[[company:ghibli]]"],
      ["a mistyped namespace", "[[flim:akira]]"],
      ["a URL", "[[https://example.com]]"],
      ["an empty slug", "[[film:]]"],
      ["a slug with nothing sluggable", "[[film:!!!]]"],
      ["an empty body", "[[]]"],
      ["a blank body", "[[   ]]"],
      ["only a label", "[[|Akira]]"],
      ["single brackets", "[film:akira]"],
      ["an unclosed link", "[[film:akira"],
      ["a half-closed link", "[[film:akira]"],
      ["brackets inside the body", "[[film:akira [1]]]"],
      ["a line break inside the body", "[[film:\nakira]]"],
    ])("ignores %s", (_, text) => {
      expect(parseWikiLinks(text)).toEqual([]);
    });

    it("only parses the innermost well-formed pair of nested links", () => {
      expect(parseWikiLinks("[[film:outer [[film:inner]] rest]]")).toMatchObject([
        { target: { kind: "film", slug: "inner" }, raw: "[[film:inner]]", index: 13 },
      ]);
    });

    it("leaves surplus brackets outside the link", () => {
      expect(parseWikiLinks("[[[film:akira]]]")).toMatchObject([{ raw: "[[film:akira]]", index: 1 }]);
    });
  });
});

describe("wikiLinkTargets", () => {
  it("lists distinct targets in order of first appearance", () => {
    const text =
      "[[film:akira]], [[Robot Carnival]], [[film:akira|again]], [[person:katsuhiro-otomo]] [[film:robot-carnival]]";
    expect(wikiLinkTargets(text)).toEqual([
      { kind: "film", slug: "akira" },
      { kind: "film", slug: "robot-carnival" },
      { kind: "person", slug: "katsuhiro-otomo" },
    ]);
  });

  it("keeps the same slug in different namespaces apart", () => {
    expect(wikiLinkTargets("[[film:akira]] [[character:akira]]")).toEqual([
      { kind: "film", slug: "akira" },
      { kind: "character", slug: "akira" },
    ]);
  });

  it("returns nothing for text without links", () => {
    expect(wikiLinkTargets("Plain *Markdown* [link](/x).")).toEqual([]);
  });
});

describe("wikiLinkKey", () => {
  it("joins kind and slug", () => {
    expect(wikiLinkKey({ kind: "film", slug: "akira" })).toBe("film:akira");
    expect(wikiLinkKey({ kind: "character", slug: "kaneda" })).toBe("character:kaneda");
  });
});
