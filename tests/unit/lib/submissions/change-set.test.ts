import { describe, expect, it } from "vitest";
import { diffValues, jsonEqual, mergeChangeSet } from "@/lib/submissions/change-set";
import { WHOLE_FIELDS, mergeRulesOf } from "@/lib/submissions/merge/rules";
import { aliases } from "@/lib/submissions/sections/aliases/definition";
import { characters } from "@/lib/submissions/sections/characters/definition";
import { credits } from "@/lib/submissions/sections/credits/definition";
import { description } from "@/lib/submissions/sections/description/definition";
import { general } from "@/lib/submissions/sections/general/definition";
import { segments } from "@/lib/submissions/sections/segments/definition";

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
    expect(mergeChangeSet(changes, { deck: "old deck", description: "text" }, WHOLE_FIELDS)).toEqual({
      merged: { deck: "new deck", description: "text" },
      conflicts: {},
    });
  });

  it("keeps other people's changes to fields this edit did not touch", () => {
    expect(mergeChangeSet(changes, { deck: "old deck", description: "someone else's text" }, WHOLE_FIELDS)).toEqual({
      merged: { deck: "new deck", description: "someone else's text" },
      conflicts: {},
    });
  });

  it("accepts a field someone else already changed to the same value", () => {
    expect(mergeChangeSet(changes, { deck: "new deck" }, WHOLE_FIELDS)).toEqual({
      merged: { deck: "new deck" },
      conflicts: {},
    });
  });

  it("reports a field both sides changed differently, keeping its current value, and merges the rest", () => {
    const result = mergeChangeSet(
      { deck: { before: "old", after: "mine" }, description: { before: "x", after: "y" } },
      { deck: "theirs", description: "x" },
      WHOLE_FIELDS,
    );
    expect(result).toEqual({
      merged: { deck: "theirs", description: "y" },
      conflicts: { deck: { base: "old", current: "theirs", proposed: "mine" } },
    });
  });
});

describe("mergeChangeSet with a section's rules", () => {
  const credit = (person: string, note = "") => ({ person, role: "Director", segment: "", note });

  it("merges credits row by row and names only the clashing row in the conflict's parts", () => {
    const base = [credit("a"), credit("b")];
    const changes = { credits: { before: base, after: [credit("a", "mine"), credit("b"), credit("c")] } };
    const clean = mergeChangeSet(changes, { credits: [credit("a"), credit("b", "theirs")] }, mergeRulesOf(credits));
    expect(clean).toEqual({
      merged: { credits: [credit("a", "mine"), credit("b", "theirs"), credit("c")] },
      conflicts: {},
    });
    const clash = mergeChangeSet(changes, { credits: [credit("a", "theirs"), credit("b")] }, mergeRulesOf(credits));
    expect(clash.merged).toEqual({ credits: [credit("a", "theirs"), credit("b"), credit("c")] });
    expect(clash.conflicts.credits?.parts).toEqual([
      { base: credit("a"), current: credit("a", "theirs"), proposed: credit("a", "mine") },
    ]);
    expect(clash.conflicts.credits).toMatchObject({ base, current: [credit("a", "theirs"), credit("b")] });
  });

  it("merges the description by paragraph but the deck as a whole", () => {
    const rules = mergeRulesOf(description);
    const changes = {
      deck: { before: "Deck", after: "My deck" },
      description: { before: "One.\n\nTwo.", after: "One.\n\nTwo, mine." },
    };
    const merge = mergeChangeSet(changes, { deck: "Their deck", description: "One, theirs.\n\nTwo." }, rules);
    expect(merge.merged).toEqual({ deck: "Their deck", description: "One, theirs.\n\nTwo, mine." });
    expect(merge.conflicts).toEqual({ deck: { base: "Deck", current: "Their deck", proposed: "My deck" } });
  });

  it("reports a field whose merge the section's schema refuses, and keeps its current value", () => {
    const title = (text: string) => ({ title: text, language: "en", kind: "SYNONYM" });
    const full = Array.from({ length: 49 }, (_, index) => title(`Alias ${index}`));
    const [mine, theirs] = [title("Mine"), title("Theirs")];
    const changes = { aliases: { before: full, after: [...full, mine] } };
    const merge = mergeChangeSet(changes, { aliases: [...full, theirs] }, mergeRulesOf(aliases));
    expect(merge.merged).toEqual({ aliases: [...full, theirs] });
    expect(merge.conflicts.aliases).toEqual({ base: full, current: [...full, theirs], proposed: [...full, mine] });
  });

  it("keeps releases added on both sides (the proposal's first, as nothing precedes them), and refuses two new segments of one title", () => {
    const release = (region: string) => ({ region, title: "Memories", date: "" });
    const releases = mergeChangeSet(
      { releases: { before: [], after: [release("JP")] } },
      { releases: [release("US")], contentRating: null, runtimeMinutes: null },
      mergeRulesOf(general),
    );
    expect(releases.merged.releases).toEqual([release("JP"), release("US")]);
    const segment = (id: number | null, synopsis = "") => ({
      id,
      title: "Cannon Fodder",
      nativeTitle: "",
      synopsis,
      runtimeMinutes: null,
    });
    const twice = mergeChangeSet(
      { segments: { before: [], after: [segment(null, "mine")] } },
      { segments: [segment(7)] },
      mergeRulesOf(segments),
    );
    expect(twice.merged).toEqual({ segments: [segment(7)] });
    expect(Object.keys(twice.conflicts)).toEqual(["segments"]);
  });

  it("merges a character's voices as part of its row", () => {
    const voice = (person: string) => ({ person, language: "ja" as const });
    const row = (character: string, prominence: string, voices: { person: string; language: "ja" }[] = []) => ({
      character,
      newCharacter: false,
      prominence,
      segment: "",
      voices,
    });
    const rules = mergeRulesOf(characters);
    const base = [row("eiko", "MAIN")];
    const withVoice = { characters: { before: base, after: [row("eiko", "MAIN", [voice("a")])] } };
    expect(mergeChangeSet(withVoice, { characters: [...base, row("heintz", "MAIN")] }, rules)).toEqual({
      merged: { characters: [row("eiko", "MAIN", [voice("a")]), row("heintz", "MAIN")] },
      conflicts: {},
    });
    const clash = mergeChangeSet(withVoice, { characters: [row("eiko", "SUPPORTING")] }, rules);
    expect(clash.merged).toEqual({ characters: [row("eiko", "SUPPORTING")] });
    expect(clash.conflicts.characters?.parts).toEqual([
      { base: base[0], current: row("eiko", "SUPPORTING"), proposed: row("eiko", "MAIN", [voice("a")]) },
    ]);
  });
});
