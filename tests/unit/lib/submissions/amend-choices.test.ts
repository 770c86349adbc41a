import { describe, expect, it } from "vitest";
import { amendStartingValues, parseMine, toggleMine } from "@/lib/submissions/amend-choices";
import type { Conflicts } from "@/lib/submissions/change-set";

const credit = (person: string, note: string) => ({ person, role: "Director", segment: "", note });

describe("amendStartingValues", () => {
  it("keeps the site's version of a whole clashing field unless the author chooses theirs", () => {
    const merged = { deck: "Their deck", description: "My description" };
    const conflicts: Conflicts = { deck: { base: "Old deck", current: "Their deck", proposed: "My deck" } };
    const kept = amendStartingValues(merged, conflicts, []);
    expect(kept.values).toEqual(merged);
    expect(kept.choices).toEqual([
      {
        id: "deck.0",
        field: "deck",
        index: 0,
        kind: "whole",
        part: conflicts.deck,
        mine: false,
        choosable: true,
      },
    ]);
    const chosen = amendStartingValues(merged, conflicts, ["deck.0"]);
    expect(chosen.values).toEqual({ deck: "My deck", description: "My description" });
    expect(chosen.choices[0]?.mine).toBe(true);
  });

  it("can put the author's null in, such as a removed poster", () => {
    const conflicts: Conflicts = { posterId: { base: 1, current: 2, proposed: null } };
    expect(amendStartingValues({ posterId: 2 }, conflicts, ["posterId.0"]).values).toEqual({ posterId: null });
  });

  it("swaps only the chosen row of a list, keeping every other row the merge holds", () => {
    const merged = {
      credits: [credit("a", "site's note"), credit("b", "site's note"), credit("new-one", ""), credit("c", "gone")],
    };
    const conflicts = {
      credits: {
        base: [],
        current: [],
        proposed: [],
        parts: [
          { base: credit("a", ""), current: credit("a", "site's note"), proposed: credit("a", "my note") },
          { base: credit("b", ""), current: credit("b", "site's note"), proposed: credit("b", "my note") },
          { base: credit("c", ""), current: credit("c", "gone"), proposed: null },
          { base: credit("d", ""), current: null, proposed: credit("d", "mine kept") },
        ],
      },
    } as Conflicts;
    const start = amendStartingValues(merged, conflicts, ["credits.1", "credits.2", "credits.3"]);
    expect(start.values.credits).toEqual([
      credit("a", "site's note"),
      credit("b", "my note"),
      credit("new-one", ""),
      credit("d", "mine kept"),
    ]);
    expect(start.choices.map((choice) => [choice.id, choice.kind, choice.mine])).toEqual([
      ["credits.0", "row", false],
      ["credits.1", "row", true],
      ["credits.2", "row", true],
      ["credits.3", "row", true],
    ]);
  });

  it("swaps only the chosen passage of a text, and offers no swap for a passage with no single place", () => {
    const merged = { description: "Their opening.\n\nA middle both kept.\n\nTheir ending.\n\nTheir ending." };
    const conflicts = {
      description: {
        base: "",
        current: "",
        proposed: "",
        parts: [
          { base: "Old opening.", current: "Their opening.", proposed: "My opening." },
          { base: "Old ending.", current: "Their ending.", proposed: "My ending." },
          { base: "A passage.", current: "", proposed: "My passage." },
        ],
      },
    } as Conflicts;
    const start = amendStartingValues(merged, conflicts, ["description.0", "description.1", "description.2"]);
    expect(start.values.description).toBe("My opening.\n\nA middle both kept.\n\nTheir ending.\n\nTheir ending.");
    expect(start.choices.map((choice) => [choice.kind, choice.mine, choice.choosable])).toEqual([
      ["passage", true, true],
      ["passage", false, false],
      ["passage", false, false],
    ]);
  });

  it("takes a passage the author wrote with $ signs literally", () => {
    const conflicts = {
      description: {
        base: "",
        current: "",
        proposed: "",
        parts: [{ base: "a", current: "b", proposed: "costs $& $1" }],
      },
    } as Conflicts;
    expect(amendStartingValues({ description: "x b y" }, conflicts, ["description.0"]).values.description).toBe(
      "x costs $& $1 y",
    );
  });
});

describe("the mine parameter", () => {
  it("keeps only well-formed part ids, given once or many times", () => {
    expect(parseMine(undefined)).toEqual([]);
    expect(parseMine("deck.0")).toEqual(["deck.0"]);
    expect(parseMine(["credits.2", "../x", "description.1"])).toEqual(["credits.2", "description.1"]);
  });

  it("switches one part on or off, keeping the others", () => {
    expect(toggleMine(["deck.0"], "credits.1")).toBe("?mine=deck.0&mine=credits.1");
    expect(toggleMine(["deck.0", "credits.1"], "deck.0")).toBe("?mine=credits.1");
    expect(toggleMine(["deck.0"], "deck.0")).toBe("");
  });
});
