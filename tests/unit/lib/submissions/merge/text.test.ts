import { describe, expect, it } from "vitest";
import { mergeText } from "@/lib/submissions/merge/text";

const text = (...paragraphs: string[]) => paragraphs.join("\n\n");

describe("mergeText", () => {
  const base = text("First paragraph.", "Second paragraph.", "Third paragraph.");

  it("keeps both editors' changes to different paragraphs", () => {
    const current = text("First paragraph, reworded.", "Second paragraph.", "Third paragraph.");
    const proposed = text("First paragraph.", "Second paragraph.", "Third paragraph, corrected.");
    expect(mergeText(base, current, proposed)).toEqual({
      merged: text("First paragraph, reworded.", "Second paragraph.", "Third paragraph, corrected."),
      parts: [],
    });
  });

  it("keeps a paragraph appended after one the other side reworded", () => {
    const single = "Once upon a time.";
    expect(mergeText(single, "Once upon a time, long ago.", text(single, "A new paragraph."))).toEqual({
      merged: text("Once upon a time, long ago.", "A new paragraph."),
      parts: [],
    });
    expect(mergeText(single, text(single, "Theirs, appended."), "Once, reworded.")).toEqual({
      merged: text("Once, reworded.", "Theirs, appended."),
      parts: [],
    });
  });

  it("accepts the same change made on both sides", () => {
    const changed = text("First paragraph.", "Second, fixed.", "Third paragraph.");
    expect(mergeText(base, changed, changed)).toEqual({ merged: changed, parts: [] });
  });

  it("finds a clash only in the paragraph both changed differently, keeping its current text", () => {
    const current = text("First paragraph.", "Second, theirs.", "Third paragraph.");
    const proposed = text("First, mine.", "Second, mine.", "Third paragraph.");
    expect(mergeText(base, current, proposed)).toEqual({
      merged: text("First, mine.", "Second, theirs.", "Third paragraph."),
      parts: [{ base: "Second paragraph.", current: "Second, theirs.", proposed: "Second, mine." }],
    });
  });

  it("finds a clash where one side rewrote a paragraph the other removed", () => {
    const current = text("First paragraph.", "Third paragraph.");
    const proposed = text("First paragraph.", "Second, rewritten.", "Third paragraph.");
    const result = mergeText(base, current, proposed);
    expect(result.merged).toBe(current);
    expect(result.parts).toHaveLength(1);
    expect(result.parts[0]!.proposed).toContain("Second, rewritten.");
  });

  it("finds a clash where both appended different paragraphs at the same place", () => {
    const result = mergeText(base, text(base, "Theirs."), text(base, "Mine."));
    expect(result.merged).toBe(text(base, "Theirs."));
    expect(result.parts).toEqual([{ base: "", current: "\nTheirs.", proposed: "\nMine." }]);
  });
});
