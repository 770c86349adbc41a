import { describe, expect, it } from "vitest";
import { postedRows, postedValues, rowField, rowNames } from "@/lib/forms/numbered-rows";

const FIELDS = ["person", "role"] as const;

describe("numbered rows", () => {
  it("reads back the rows whose names it built", () => {
    const rows = [
      { person: "satoshi-kon", role: "Director" },
      { person: "Kei", role: "" },
    ];
    const posted = Object.fromEntries(
      rows.flatMap((row, index) => FIELDS.map((field) => [rowField("credits", index, field), row[field]])),
    );
    expect(rowField("credits", 1, "person")).toBe("credits.1.person");
    expect(postedRows(posted, "credits", FIELDS).map((row) => row.values)).toEqual(rows);
  });

  it("keeps row-number order across gaps, and gives a field that was not posted as empty", () => {
    const rows = postedRows(
      { "credits.12.person": "c", "credits.0.role": "Writer", "credits.3.person": "b" },
      "credits",
      FIELDS,
    );
    expect(rows.map((row) => [row.index, row.values])).toEqual([
      [0, { person: "", role: "Writer" }],
      [3, { person: "b", role: "" }],
      [12, { person: "c", role: "" }],
    ]);
  });

  it("puts no name with a bad or oversized number, or another prefix, in a row", () => {
    const posted = {
      "credits.-1.person": "a",
      "credits.x.person": "b",
      "credits.1e2.person": "c",
      "credits..person": "d",
      "credits.1000.person": "e",
      "creditsX.1.person": "f",
      "other.1.person": "g",
      "credits.2.person": "kept",
    };
    expect(postedRows(posted, "credits", FIELDS).map((row) => row.index)).toEqual([2]);
    expect(new RegExp(`^${rowNames("credits", FIELDS)}$`).test("credits.999.role")).toBe(true);
    for (const name of Object.keys(posted).filter((name) => name !== "credits.2.person")) {
      expect(new RegExp(`^${rowNames("credits", FIELDS)}$`).test(name)).toBe(false);
    }
  });

  it("hands a row's own rows on, to be read the same way", () => {
    const [row] = postedRows(
      { "characters.0.character": "kaneda", "characters.0.voices.1.person": "mitsuo-iwata" },
      "characters",
      ["character"],
    );
    expect(row?.values).toEqual({ character: "kaneda" });
    expect(postedRows(row!.inner, "voices", ["person"]).map((voice) => [voice.index, voice.values])).toEqual([
      [1, { person: "mitsuo-iwata" }],
    ]);
    const names = new RegExp(`^${rowNames("characters", ["character", rowNames("voices", ["person"], 2)])}$`);
    expect(names.test("characters.0.voices.12.person")).toBe(true);
    expect(names.test("characters.0.voices.123.person")).toBe(false);
  });

  it("reads single-input rows by number, and no deeper name as one", () => {
    expect(
      postedValues({ "aliases.10": "c", "aliases.2": "b", "aliases.0": "a", "aliases.1.x": "no" }, "aliases"),
    ).toEqual(["a", "b", "c"]);
    expect(new RegExp(`^${rowNames("aliases")}$`).test("aliases.3")).toBe(true);
    expect(new RegExp(`^${rowNames("aliases")}$`).test("aliases.3.x")).toBe(false);
  });
});
