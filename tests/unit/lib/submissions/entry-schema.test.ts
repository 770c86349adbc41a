import { describe, expect, it } from "vitest";
import { NewFilmSchema, NewPersonSchema } from "@/lib/submissions/entry-schema";
import { person } from "@/lib/submissions/sections/person/definition";
import { sectionOf } from "@/lib/submissions/sections";

describe("NewFilmSchema", () => {
  it("trims a proposal and keeps an empty native title", () => {
    expect(NewFilmSchema.parse({ title: " Perfect Blue ", nativeTitle: "", format: "FILM", deck: "" })).toEqual({
      title: "Perfect Blue",
      nativeTitle: "",
      format: "FILM",
      year: "",
      deck: "",
    });
  });

  it("takes an optional year of four digits between 1900 and five years ahead", () => {
    const ahead = new Date().getFullYear() + 5;
    const messages = (year: string) => {
      const result = NewFilmSchema.safeParse({ title: "Paprika", nativeTitle: "", format: "FILM", year, deck: "" });
      return result.success ? [] : result.error.issues.map((issue) => [issue.path.join("."), issue.message]);
    };
    expect(messages("88")).toEqual([["year", "Give the year as four digits, such as 1988."]]);
    expect(messages("1899")).toEqual([["year", `The year is between 1900 and ${ahead}.`]]);
    expect(messages(String(ahead + 1))).toEqual([["year", `The year is between 1900 and ${ahead}.`]]);
    expect(messages(String(ahead))).toEqual([]);
    expect(messages("1900")).toEqual([]);
  });

  it("needs a title and a known format", () => {
    const result = NewFilmSchema.safeParse({ title: "  ", nativeTitle: "", format: "MOVIE", deck: "" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toEqual(["title", "format"]);
  });

  it("refuses fields it does not know", () => {
    expect(NewPersonSchema.safeParse({ name: "Kon", nativeName: "", deck: "", slug: "x" }).success).toBe(false);
  });
});

describe("the person section", () => {
  it("reads a form into values its schema accepts", () => {
    const values = sectionOf("person").fromForm({
      name: "Satoshi Kon",
      nativeName: "今 敏",
      deck: "Director",
      bio: "a\r\nb",
    });
    expect(person.schema.parse(values)).toEqual({
      name: "Satoshi Kon",
      nativeName: "今 敏",
      deck: "Director",
      bio: "a\nb",
    });
  });

  it("needs a name", () => {
    expect(person.schema.safeParse({ name: "", nativeName: "", deck: "", bio: "" }).success).toBe(false);
  });
});
