import { describe, expect, it } from "vitest";
import { EditMetaSchema, GeneralValuesSchema } from "@/lib/submissions/schema";
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
