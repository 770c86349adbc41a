import { describe, expect, it } from "vitest";
import { diffValues, jsonEqual, mergeChangeSet } from "@/lib/submissions/change-set";

describe("diffValues", () => {
  it("keeps only the fields whose value changed, with both values", () => {
    expect(diffValues({ deck: "a", description: "b" }, { deck: "a", description: "c" })).toEqual({
      description: { before: "b", after: "c" },
    });
  });

  it("compares arrays and objects by content, not identity or key order", () => {
    const releases = [{ region: "JP", title: "メモリーズ", date: "1995-12-23" }];
    const reordered = [{ title: "メモリーズ", date: "1995-12-23", region: "JP" }];
    expect(diffValues({ releases }, { releases: reordered })).toEqual({});
    expect(jsonEqual({ a: 1, b: [1, 2] }, { b: [1, 2], a: 1 })).toBe(true);
    expect(jsonEqual([1, 2], [2, 1])).toBe(false);
  });
});

describe("mergeChangeSet", () => {
  const changes = { deck: { before: "old deck", after: "new deck" } };

  it("applies a field nobody else changed", () => {
    expect(mergeChangeSet(changes, { deck: "old deck", description: "text" })).toEqual({
      merged: { deck: "new deck", description: "text" },
      conflicts: {},
    });
  });

  it("keeps other people's changes to fields this edit did not touch", () => {
    expect(mergeChangeSet(changes, { deck: "old deck", description: "someone else's text" })).toEqual({
      merged: { deck: "new deck", description: "someone else's text" },
      conflicts: {},
    });
  });

  it("accepts a field someone else already changed to the same value", () => {
    expect(mergeChangeSet(changes, { deck: "new deck" })).toEqual({ merged: { deck: "new deck" }, conflicts: {} });
  });

  it("reports a field both sides changed differently, keeping its current value, and merges the rest", () => {
    const result = mergeChangeSet(
      { deck: { before: "old", after: "mine" }, description: { before: "x", after: "y" } },
      { deck: "theirs", description: "x" },
    );
    expect(result).toEqual({
      merged: { deck: "theirs", description: "y" },
      conflicts: { deck: { base: "old", current: "theirs", proposed: "mine" } },
    });
  });
});
