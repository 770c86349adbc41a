import { describe, expect, it } from "vitest";
import { displayValue, wordDiff } from "@/lib/submissions/display";
import { SECTIONS } from "@/lib/submissions/sections";

describe("wordDiff", () => {
  it("marks removed and added words and keeps the rest", () => {
    expect(wordDiff("a giant metal rose", "a giant steel rose")).toEqual([
      { text: "a giant ", change: "same" },
      { text: "metal", change: "removed" },
      { text: "steel", change: "added" },
      { text: " rose", change: "same" },
    ]);
  });
});

describe("displayValue", () => {
  it("shows releases one per line with region names and formatted dates", () => {
    expect(
      displayValue("releases", [
        { region: "US", title: "Memories", date: "2004-02-24" },
        { region: "JP", title: "メモリーズ", date: "1995" },
      ]),
    ).toBe("United States: Memories (Feb. 24, 2004)\nJapan: メモリーズ (1995)");
    expect(displayValue("contentRating", "PG_13")).toBe("PG-13");
    expect(displayValue("runtimeMinutes", null)).toBe("");
  });
});

describe("section form fields", () => {
  it("accept the inputs their forms have and nothing else", () => {
    expect(["deck", "description"].every((name) => SECTIONS.description.formField.test(name))).toBe(true);
    expect(SECTIONS.description.formField.test("title")).toBe(false);
    const general = ["releases.0.region", "releases.12.date", "contentRating", "runtimeMinutes"];
    expect(general.every((name) => SECTIONS.general.formField.test(name))).toBe(true);
    expect(SECTIONS.general.formField.test("releases.0.filmId")).toBe(false);
    expect(SECTIONS.general.formField.test("year")).toBe(false);
  });
});
