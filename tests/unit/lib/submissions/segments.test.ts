import { describe, expect, it } from "vitest";
import { segments } from "@/lib/submissions/sections/segments/definition";

const parse = (fields: Record<string, string>) => segments.schema.safeParse(segments.fromForm(fields));

describe("the segments section's form", () => {
  it("reads numbered rows in their Order, drops empty rows and keeps ids", () => {
    const result = parse({
      "segments.0.id": "7",
      "segments.0.order": "1",
      "segments.0.title": " Magnetic Rose ",
      "segments.0.nativeTitle": "彼女の想いで",
      "segments.0.synopsis": "Salvage\r\nin space.",
      "segments.0.runtimeMinutes": "44",
      "segments.1.id": "8",
      "segments.1.order": "0",
      "segments.1.title": "Stink Bomb",
      "segments.1.nativeTitle": "",
      "segments.1.synopsis": "",
      "segments.1.runtimeMinutes": "",
      "segments.2.id": "",
      "segments.2.order": "3",
      "segments.2.title": "",
      "segments.2.nativeTitle": "",
      "segments.2.synopsis": "",
      "segments.2.runtimeMinutes": "",
    });
    expect(result.success && result.data).toEqual({
      segments: [
        { id: 8, title: "Stink Bomb", nativeTitle: "", synopsis: "", runtimeMinutes: null },
        {
          id: 7,
          title: "Magnetic Rose",
          nativeTitle: "彼女の想いで",
          synopsis: "Salvage\nin space.",
          runtimeMinutes: 44,
        },
      ],
    });
  });

  it("keeps a row's place when its Order is empty, and breaks ties by row", () => {
    const result = parse({
      "segments.0.title": "A",
      "segments.1.title": "B",
      "segments.1.order": "1",
      "segments.2.title": "C",
    });
    expect(result.success && result.data.segments.map((segment) => segment.title)).toEqual(["A", "B", "C"]);
  });

  it("refuses a row without a title and a bad runtime, keyed by the row", () => {
    const result = parse({
      "segments.0.title": "Cannon Fodder",
      "segments.1.synopsis": "No title",
      "segments.1.runtimeMinutes": "long",
    });
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toEqual([
      "segments.1.title",
      "segments.1.runtimeMinutes",
    ]);
  });

  it("refuses two segments with one title, since credits name segments by title", () => {
    const result = parse({ "segments.0.title": "Cannon Fodder", "segments.1.title": "cannon fodder" });
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toEqual(["segments.1.title"]);
  });

  it("refuses a row id that is not a number", () => {
    expect(parse({ "segments.0.id": "x", "segments.0.title": "A" }).success).toBe(false);
  });

  it("accepts only its own inputs", () => {
    for (const name of ["segments.0.id", "segments.12.order", "segments.3.synopsis", "segments.1.runtimeMinutes"]) {
      expect(segments.formField.test(name)).toBe(true);
    }
    for (const name of ["segments.0.filmId", "segments.x.title", "segments.0", "credits.0.person", "title"]) {
      expect(segments.formField.test(name)).toBe(false);
    }
  });
});
