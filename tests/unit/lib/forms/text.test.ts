import { describe, expect, it } from "vitest";
import { normalizeLineEndings, textField } from "@/lib/forms/text";
import { ListDetailsSchema, ItemNoteSchema } from "@/lib/lists/schema";
import { EditMetaSchema } from "@/lib/submissions/schema";
import { DescriptionValuesSchema } from "@/lib/submissions/sections/description/schema";
import { person } from "@/lib/submissions/sections/person/definition";
import { SegmentsValuesSchema } from "@/lib/submissions/sections/segments/schema";

describe("normalizeLineEndings", () => {
  it("turns CRLF and a lone CR into LF and leaves LF alone", () => {
    expect(normalizeLineEndings("a\r\nb\rc\nd\r\n\r\ne")).toBe("a\nb\nc\nd\n\ne");
    expect(normalizeLineEndings("\r\r\n")).toBe("\n\n");
  });
});

describe("textField", () => {
  it("normalises before trimming and counting", () => {
    const schema = textField().trim().max(3);
    expect(schema.parse(" a\r\nb\r ")).toBe("a\nb");
    // Four characters once stored, though the browser sent five.
    expect(schema.safeParse("ab\r\nc").success).toBe(false);
    expect(schema.parse("a\r\nb")).toBe("a\nb");
  });
});

describe("every form's text fields", () => {
  it("store LF line endings", () => {
    expect(DescriptionValuesSchema.parse({ deck: "a\r\nb", description: "c\r\n\r\nd\re" })).toEqual({
      deck: "a\nb",
      description: "c\n\nd\ne",
    });
    expect(person.schema.parse({ name: "N", nativeName: "", deck: "a\rb", bio: "c\r\nd" })).toMatchObject({
      deck: "a\nb",
      bio: "c\nd",
    });
    expect(EditMetaSchema.parse({ summary: "Fix\r\nit", source: "x\ry" })).toMatchObject({
      summary: "Fix\nit",
      source: "x\ny",
    });
    expect(ListDetailsSchema.parse({ title: "T", description: "a\r\nb", visibility: "PUBLIC" }).description).toBe(
      "a\nb",
    );
    expect(ItemNoteSchema.parse({ note: "a\r\nb" }).note).toBe("a\nb");
  });

  it("store LF line endings in a segment's synopsis", () => {
    const segment = { id: null, title: "Magnetic Rose", nativeTitle: "", synopsis: "a\r\nb\rc", runtimeMinutes: null };
    expect(SegmentsValuesSchema.parse({ segments: [segment] }).segments[0]!.synopsis).toBe("a\nb\nc");
  });
});
