import { describe, expect, it } from "vitest";
import { entrySummary, plainSummary, shortened } from "@/lib/wiki/summary";

const links = new Map([["person:katsuhiro-otomo", { href: "/people/katsuhiro-otomo", title: "Katsuhiro Otomo" }]]);

describe("plainSummary", () => {
  it("reads the opening paragraphs as plain text, wiki links as their labels or titles", () => {
    const text =
      "## About\n\nAn **anthology** by [[person:katsuhiro-otomo]] in [[film:memories|three parts]].\n\n- a list";
    expect(plainSummary(text, links)).toBe("About An anthology by Katsuhiro Otomo in three parts.");
  });

  it("cuts a long text at a word, with an ellipsis, within the limit", () => {
    const summary = plainSummary("word ".repeat(100), new Map());
    expect(summary.length).toBeLessThanOrEqual(160);
    expect(summary).toMatch(/ word…$/);
  });
});

describe("entrySummary", () => {
  it("prefers the deck, on one line", () => {
    expect(entrySummary("A deck\non two lines", "The text.", links)).toBe("A deck on two lines");
  });

  it("falls back on the text, and is undefined when both are empty", () => {
    expect(entrySummary("", "The *text*.", links)).toBe("The text.");
    expect(entrySummary(" ", "", links)).toBeUndefined();
  });
});

describe("shortened", () => {
  it("keeps short text whole", () => {
    expect(shortened("  Short\n text ")).toBe("Short text");
  });
});
