import { describe, expect, it } from "vitest";
import { displayValue } from "@/lib/submissions/display";
import { SECTIONS } from "@/lib/submissions/sections";

const { relations } = SECTIONS;
const parse = (fields: Record<string, string>) => relations.schema.safeParse(relations.fromForm(fields));

describe("the Relations section", () => {
  it("turns rows into relations and drops the rows without a film", () => {
    const parsed = parse({
      "relations.0.kind": "SIMILAR",
      "relations.0.film": " robot-carnival ",
      "relations.1.kind": "SEQUEL",
      "relations.1.film": "",
      "relations.2.kind": "ADAPTATION",
      "relations.2.film": "Akira",
    });
    expect(parsed.data).toEqual({
      relations: [
        { kind: "SIMILAR", film: "robot-carnival" },
        { kind: "ADAPTATION", film: "Akira" },
      ],
    });
  });

  it("refuses an unknown kind beside its row", () => {
    const parsed = parse({ "relations.0.kind": "COUSIN", "relations.0.film": "akira" });
    expect(parsed.error?.issues).toMatchObject([{ path: ["relations", 0, "kind"] }]);
  });

  it("refuses the same relation twice beside the repeat, but not the same film with another kind", () => {
    const parsed = parse({
      "relations.0.kind": "SIMILAR",
      "relations.0.film": "akira",
      "relations.1.kind": "SEQUEL",
      "relations.1.film": "akira",
      "relations.2.kind": "SIMILAR",
      "relations.2.film": "AKIRA",
    });
    expect(parsed.error?.issues).toMatchObject([
      { path: ["relations", 2, "film"], message: "This relation is listed twice." },
    ]);
  });

  it("names only its own inputs", () => {
    expect(relations.formField.test("relations.4.film")).toBe(true);
    for (const name of ["relations.4", "relations.4.toFilmId", "relations.film"]) {
      expect(relations.formField.test(name)).toBe(false);
    }
    expect(relations.schema.safeParse({ relations: [{ kind: "SIMILAR", film: "akira", id: 1 }] }).success).toBe(false);
  });
});

describe("the diff's text for tag-like sections", () => {
  it("shows one name or relation per line", () => {
    expect(
      displayValue("aliases", [
        { title: "Manie-Manie", language: "und", kind: "SYNONYM" },
        { title: "Labyrinth Tales", language: "en", kind: "OFFICIAL" },
      ]),
    ).toBe("Manie-Manie (und, synonym)\nLabyrinth Tales (en, official)");
    expect(displayValue("names", ["Drama", "Science fiction"])).toBe("Drama\nScience fiction");
    expect(
      displayValue("relations", [
        { kind: "SIMILAR", film: "robot-carnival" },
        { kind: "SIDE_STORY", film: "akira" },
      ]),
    ).toBe("Similar: robot-carnival\nSide story: akira");
    expect(displayValue("franchise", null)).toBe("");
  });
});
