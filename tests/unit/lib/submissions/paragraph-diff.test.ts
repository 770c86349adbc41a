import { describe, expect, it } from "vitest";
import { isLongText, paragraphDiff, paragraphsOf } from "@/lib/submissions/paragraph-diff";

const text = (...paragraphs: string[]) => paragraphs.join("\n\n");
const ten = Array.from({ length: 10 }, (_, index) => `Paragraph ${index + 1} of the description.`);

describe("paragraphsOf", () => {
  it("splits on blank lines, whatever the line endings, and drops empty paragraphs", () => {
    expect(paragraphsOf("One\r\n\r\nTwo\nstill two\n \n\n\nThree\n")).toEqual(["One", "Two\nstill two", "Three"]);
  });

  it("says a text of one paragraph is short", () => {
    expect(isLongText("A single paragraph,\nover two lines.")).toBe(false);
    expect(isLongText(text("One", "Two"))).toBe(true);
  });
});

describe("paragraphDiff", () => {
  it("shows only the changed paragraph, one paragraph of context each side, and counts the rest", () => {
    const after = [...ten];
    after[4] = "Paragraph 5 of the story.";
    expect(paragraphDiff(text(...ten), text(...after))).toEqual([
      { kind: "skipped", count: 3 },
      { kind: "context", text: ten[3] },
      {
        kind: "changed",
        left: [
          { text: "Paragraph 5 of the ", change: "same" },
          { text: "description", change: "removed" },
          { text: ".", change: "same" },
        ],
        right: [
          { text: "Paragraph 5 of the ", change: "same" },
          { text: "story", change: "added" },
          { text: ".", change: "same" },
        ],
      },
      { kind: "context", text: ten[5] },
      { kind: "skipped", count: 4 },
    ]);
  });

  it("keeps two changes far apart in two places, with the unchanged paragraphs between counted", () => {
    const after = [...ten];
    after[0] = "A new first paragraph.";
    after[9] = "A new last paragraph.";
    const rows = paragraphDiff(text(...ten), text(...after));
    expect(rows.map((row) => row.kind)).toEqual(["changed", "context", "skipped", "context", "changed"]);
    expect(rows[2]).toEqual({ kind: "skipped", count: 6 });
  });

  it("does not hide a single paragraph between two context paragraphs behind a marker", () => {
    const before = text("A", "B", "C", "D", "E");
    const after = text("A", "B2", "C", "D2", "E");
    expect(paragraphDiff(before, after).map((row) => row.kind)).toEqual([
      "context",
      "changed",
      "context",
      "changed",
      "context",
    ]);
  });

  it("shows an appended paragraph as added, with the one before it as context", () => {
    const rows = paragraphDiff(text(...ten), text(...ten, "An eleventh paragraph."));
    expect(rows).toEqual([
      { kind: "skipped", count: 9 },
      { kind: "context", text: ten[9] },
      { kind: "changed", left: null, right: [{ text: "An eleventh paragraph.", change: "added" }] },
    ]);
  });

  it("shows a removed paragraph as removed, and leftover paragraphs of a rewrite on one side only", () => {
    expect(paragraphDiff(text("Keep", "Gone", "Keep too"), text("Keep", "Keep too"))).toEqual([
      { kind: "context", text: "Keep" },
      { kind: "changed", left: [{ text: "Gone", change: "removed" }], right: null },
      { kind: "context", text: "Keep too" },
    ]);
    const rows = paragraphDiff(text("Old one", "Old two"), text("New"));
    expect(rows.map((row) => row.kind === "changed" && [row.left !== null, row.right !== null])).toEqual([
      [true, true],
      [true, false],
    ]);
  });

  it("answers nothing for texts that differ only in blank lines", () => {
    expect(paragraphDiff(text("One", "Two"), "One\n\n\n\nTwo\n")).toEqual([{ kind: "skipped", count: 2 }]);
  });

  it("takes a wider context when asked", () => {
    const after = [...ten];
    after[4] = "Changed.";
    const rows = paragraphDiff(text(...ten), text(...after), 2);
    expect(rows.filter((row) => row.kind === "context")).toHaveLength(4);
  });
});
