import { describe, expect, it } from "vitest";
import { character } from "@/lib/submissions/sections/character/definition";
import { person } from "@/lib/submissions/sections/person/definition";
import { EditMetaSchema } from "@/lib/submissions/schema";
import { DescriptionValuesSchema } from "@/lib/submissions/sections/description/schema";
import { GeneralValuesSchema } from "@/lib/submissions/sections/general/schema";
import { SECTIONS } from "@/lib/submissions/sections";

describe("EditMetaSchema", () => {
  it("requires a summary with words in it", () => {
    expect(EditMetaSchema.safeParse({ summary: "  " }).success).toBe(false);
    expect(EditMetaSchema.safeParse({ summary: "?!…" }).error?.issues[0]?.message).toBe(
      "An edit summary needs words, not just punctuation.",
    );
    expect(EditMetaSchema.parse({ summary: " Fixed the deck ", baseRevisionId: "12" })).toEqual({
      summary: "Fixed the deck",
      source: "",
      baseRevisionId: 12,
    });
  });

  it("limits lengths", () => {
    expect(EditMetaSchema.safeParse({ summary: "x".repeat(301) }).success).toBe(false);
    expect(EditMetaSchema.safeParse({ summary: "ok", source: "y".repeat(501) }).success).toBe(false);
  });
});

describe("the General Information form", () => {
  const fromForm = SECTIONS.general.fromForm;

  it("turns numbered release rows into releases and drops empty rows", () => {
    const values = fromForm({
      "releases.0.region": "jp",
      "releases.0.title": "メモリーズ",
      "releases.0.date": "1995-12-23",
      "releases.1.region": "",
      "releases.1.title": "",
      "releases.1.date": "",
      contentRating: "R",
      runtimeMinutes: "115",
    });
    expect(GeneralValuesSchema.parse(values)).toEqual({
      releases: [{ region: "JP", title: "メモリーズ", date: "1995-12-23" }],
      contentRating: "R",
      runtimeMinutes: 115,
      // No source material posted: not known.
      sourceMaterial: null,
      episodeCount: null,
    });
  });

  it("names the field of each error like its input", () => {
    const result = GeneralValuesSchema.safeParse(
      fromForm({
        "releases.0.region": "Japan",
        "releases.0.title": "",
        "releases.0.date": "1995-13-40",
        runtimeMinutes: "-5",
      }),
    );
    const paths = result.error?.issues.map((issue) => issue.path.join("."));
    expect(paths).toEqual(
      expect.arrayContaining(["releases.0.region", "releases.0.title", "releases.0.date", "runtimeMinutes"]),
    );
  });

  it("refuses fields that are not part of the section", () => {
    expect(SECTIONS.description.schema.safeParse({ deck: "", description: "", title: "Hacked" }).success).toBe(false);
  });
});

describe("wiki text", () => {
  const deep = `${"- ".repeat(24_990)}x`;
  const messageFor = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
    result.error?.issues.map((issue) => [issue.path.join("."), issue.message]);

  it("refuses lists and quotes nested past the bound, saying how deep the text goes", () => {
    expect(messageFor(DescriptionValuesSchema.safeParse({ deck: "", description: deep }))).toEqual([
      [
        "description",
        "Lists and quotes nest at most 8 levels deep here; this text nests 24,990. Remove some of the leading >, - or " +
          "numbers, or put a \\ before one to show it as text.",
      ],
    ]);
    expect(
      messageFor(person.schema.safeParse({ name: "Kon", nativeName: "", deck: "", bio: ">".repeat(9) })),
    ).toEqual([["bio", expect.stringContaining("this text nests 9.") as string]]);
    expect(
      messageFor(
        character.schema.safeParse({ name: "Mima", nativeName: "", deck: "", description: "> ".repeat(12) }),
      ),
    ).toEqual([["description", expect.stringContaining("this text nests 12.") as string]]);
  });

  it("refuses text of more blocks than the bound, saying how many it has", () => {
    expect(messageFor(DescriptionValuesSchema.safeParse({ deck: "", description: "a\n\n".repeat(16_000) }))).toEqual([
      [
        "description",
        "The description holds at most 1,000 lines, with each list item or quote counting one more; this one has " +
          "16,000. Join short lines into paragraphs.",
      ],
    ]);
    expect(
      messageFor(person.schema.safeParse({ name: "Kon", nativeName: "", deck: "", bio: "- a\n".repeat(501) })),
    ).toEqual([["bio", expect.stringContaining("The biography holds at most 1,000 lines") as string]]);
  });

  it("accepts a long article of a few hundred paragraphs, headings and list items", () => {
    const section = `## Section\n\n${"A sentence of prose, long enough to be ordinary. ".repeat(4)}\n\n- an item\n- another\n\n`;
    const article = section.repeat(100).trim();
    expect(DescriptionValuesSchema.safeParse({ deck: "", description: article }).success).toBe(true);
  });

  it("accepts nesting up to the bound, and escaped markers past it", () => {
    const eight = Array.from({ length: 8 }, (_, level) => `${"  ".repeat(level)}- level ${level + 1}`).join("\n");
    expect(DescriptionValuesSchema.safeParse({ deck: "", description: eight }).success).toBe(true);
    expect(DescriptionValuesSchema.safeParse({ deck: "", description: `${">".repeat(8)}\\>>>` }).success).toBe(true);
  });
});
