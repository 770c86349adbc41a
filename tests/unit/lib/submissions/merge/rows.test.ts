import { describe, expect, it } from "vitest";
import type { Json } from "@/lib/submissions/json";
import { mergeRows } from "@/lib/submissions/merge/rows";

type Credit = { person: string; role: string; note: string };

const credit = (person: string, note = ""): Credit => ({ person, role: "Director", note });
const key = (row: Json) => (row as Credit).person;
const merge = (base: Credit[], current: Credit[], proposed: Credit[]) => mergeRows(base, current, proposed, key);
const people = (rows: Json[]) => rows.map(key);

const [a, b, c, d, e] = [credit("a"), credit("b"), credit("c"), credit("d"), credit("e")] as const;

describe("mergeRows", () => {
  it("keeps the additions of both sides, the proposal's after the row before them", () => {
    const result = merge([a, b], [a, b, c], [a, d, b]);
    expect(people(result.merged)).toEqual(["a", "d", "b", "c"]);
    expect(result.parts).toEqual([]);
  });

  it("puts a proposed row that nothing precedes first", () => {
    expect(people(merge([a], [a, b], [d, a]).merged)).toEqual(["d", "a", "b"]);
  });

  it("keeps a run of proposed rows together and in their order", () => {
    expect(people(merge([a, b], [c, a, b], [a, d, e, b]).merged)).toEqual(["c", "a", "d", "e", "b"]);
  });

  it("applies a row changed on one side only, whichever side", () => {
    const proposal = merge([a, b], [a, b, c], [credit("a", "storyboards"), b]);
    expect(proposal.merged).toEqual([credit("a", "storyboards"), b, c]);
    const theirs = merge([a, b], [credit("a", "theirs"), b], [a, b, d]);
    expect(theirs.merged).toEqual([credit("a", "theirs"), b, d]);
  });

  it("applies a row removed on one side only", () => {
    expect(people(merge([a, b, c], [a, b, c, d], [a, c]).merged)).toEqual(["a", "c", "d"]);
    expect(people(merge([a, b, c], [a, c], [a, b, c, d]).merged)).toEqual(["a", "c", "d"]);
  });

  it("accepts a row both sides changed or removed the same way", () => {
    expect(merge([a, b], [credit("a", "same"), b], [credit("a", "same")]).merged).toEqual([credit("a", "same")]);
    expect(merge([a, b], [a], [a, c])).toEqual({ merged: [a, c], parts: [], orderClash: false });
  });

  it("names only the row both sides changed differently, and keeps its current version", () => {
    const result = merge([a, b], [credit("a", "theirs"), b], [credit("a", "mine"), b, c]);
    expect(result.merged).toEqual([credit("a", "theirs"), b, c]);
    expect(result.parts).toEqual([{ base: a, current: credit("a", "theirs"), proposed: credit("a", "mine") }]);
  });

  it("finds a clash where one side changed a row the other removed, and keeps what is there now", () => {
    const removedNow = merge([a, b], [a], [a, credit("b", "mine")]);
    expect(removedNow.merged).toEqual([a]);
    expect(removedNow.parts).toEqual([{ base: b, current: null, proposed: credit("b", "mine") }]);
    const removedByProposal = merge([a, b], [a, credit("b", "theirs")], [a]);
    expect(removedByProposal.merged).toEqual([a, credit("b", "theirs")]);
    expect(removedByProposal.parts).toEqual([{ base: b, current: credit("b", "theirs"), proposed: null }]);
  });

  it("keeps a row both sides added alike once, and finds a clash when they added it differently", () => {
    expect(merge([a], [a, c], [a, c]).merged).toEqual([a, c]);
    const different = merge([a], [a, credit("c", "theirs")], [a, credit("c", "mine")]);
    expect(different.merged).toEqual([a, credit("c", "theirs")]);
    expect(different.parts).toEqual([{ base: null, current: credit("c", "theirs"), proposed: credit("c", "mine") }]);
  });

  it("applies a reorder by the proposal when the current order is the base's, rows added since after theirs", () => {
    const result = merge([a, b, c], [a, b, c, d], [c, a, b]);
    expect(people(result.merged)).toEqual(["c", "d", "a", "b"]);
    expect(result.orderClash).toBe(false);
  });

  it("keeps a reorder made since, adding the proposal's rows after their predecessor", () => {
    expect(people(merge([a, b, c], [c, b, a], [a, b, d, c]).merged)).toEqual(["c", "b", "d", "a"]);
  });

  it("finds an order clash when both sides reordered differently, keeping the current order", () => {
    const result = merge([a, b, c], [c, b, a], [b, a, c]);
    expect(people(result.merged)).toEqual(["c", "b", "a"]);
    expect(result).toMatchObject({ parts: [], orderClash: true });
    expect(merge([a, b, c], [c, b, a], [c, b, a]).orderClash).toBe(false);
  });

  it("tells repeated keys apart by their occurrence", () => {
    const result = merge([a, credit("a", "again")], [a, credit("a", "again"), b], [a, credit("a", "changed")]);
    expect(result.merged).toEqual([a, credit("a", "changed"), b]);
  });
});
