import { describe, expect, it } from "vitest";
import { displayValue, slugsNamedIn } from "@/lib/submissions/display";
import { credits } from "@/lib/submissions/sections/credits/definition";
import { CREDIT_FORM_FIELD, creditRowsFromForm } from "@/lib/submissions/sections/credits/schema";

const parse = (fields: Record<string, string>) => credits.schema.safeParse(credits.fromForm(fields));

describe("the credits section's form", () => {
  it("reads numbered rows in order and drops empty ones", () => {
    const result = parse({
      "credits.1.person": " satoshi-kon ",
      "credits.1.role": "Writer",
      "credits.1.segment": "Magnetic Rose",
      "credits.1.note": "",
      "credits.0.person": "Katsuhiro Otomo",
      "credits.0.role": "Director",
      "credits.0.segment": "",
      "credits.0.note": "Overall",
      "credits.2.person": "",
      "credits.2.role": "",
      "credits.2.segment": "",
      "credits.2.note": "",
    });
    expect(result.success && result.data).toEqual({
      credits: [
        { person: "Katsuhiro Otomo", role: "Director", segment: "", note: "Overall" },
        { person: "satoshi-kon", role: "Writer", segment: "Magnetic Rose", note: "" },
      ],
    });
  });

  it("reads the New person checkbox, keeping it only when ticked", () => {
    const result = parse({
      "credits.0.person": "Hiroyuki Kitakubo",
      "credits.0.newPerson": "on",
      "credits.0.role": "Director",
      "credits.0.segment": "",
      "credits.0.note": "",
      "credits.1.person": "satoshi-kon",
      "credits.1.role": "Writer",
      "credits.1.segment": "",
      "credits.1.note": "",
    });
    expect(result.success && result.data).toEqual({
      credits: [
        { person: "Hiroyuki Kitakubo", newPerson: true, role: "Director", segment: "", note: "" },
        { person: "satoshi-kon", role: "Writer", segment: "", note: "" },
      ],
    });
  });

  it("keeps a row with only the box ticked, so it asks for the rest", () => {
    const result = parse({ "credits.0.person": "", "credits.0.newPerson": "on", "credits.0.role": "" });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((issue) => issue.path.join("."))).toEqual(["credits.0.person", "credits.0.role"]);
  });

  it("stores an unticked box as nothing, so credits stored before it existed compare equal", () => {
    const stored = { person: "satoshi-kon", role: "Writer", segment: "", note: "" };
    const result = credits.schema.safeParse({ credits: [{ ...stored, newPerson: false }, stored] });
    expect(result.success && result.data).toEqual({ credits: [stored, stored] });
    expect(credits.schema.safeParse({ credits: [{ ...stored, newPerson: "yes" }] }).success).toBe(false);
  });

  it("asks for a person and a role on a row that has anything", () => {
    const result = parse({ "credits.0.person": "", "credits.0.role": "", "credits.0.note": "Only a note" });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((issue) => issue.path.join("."))).toEqual(["credits.0.person", "credits.0.role"]);
  });

  it("accepts only its own inputs", () => {
    for (const name of [
      "credits.0.person",
      "credits.4.newPerson",
      "credits.10.role",
      "credits.2.segment",
      "credits.3.note",
    ]) {
      expect(credits.formField.test(name)).toBe(true);
    }
    for (const name of [
      "credits.0.personId",
      "credits.0",
      "credits.a.role",
      "credits.0.newCharacter",
      "segments.0.title",
      "person",
    ]) {
      expect(credits.formField.test(name)).toBe(false);
    }
  });

  it("shows one line per credit in a diff", () => {
    expect(
      displayValue("credits", [
        { person: "satoshi-kon", role: "Writer", segment: "Magnetic Rose", note: "" },
        { person: "katsuhiro-otomo", role: "Director", segment: "", note: "Overall" },
      ]),
    ).toBe("satoshi-kon — Writer (Magnetic Rose)\nkatsuhiro-otomo — Director: Overall");
  });

  it("names the people it credits by slug, where their names are known", () => {
    const names = { people: { "satoshi-kon": "Satoshi Kon" }, characters: {}, films: {}, studios: {} };
    const values = [
      { person: "satoshi-kon", role: "Writer", segment: "", note: "" },
      { person: "someone-deleted", role: "Director", segment: "", note: "" },
    ];
    expect(displayValue("credits", values, names)).toBe("Satoshi Kon — Writer\nsomeone-deleted — Director");
    expect(slugsNamedIn([{ credits: values }, { deck: "x" }]).people).toEqual(
      new Set(["satoshi-kon", "someone-deleted"]),
    );
  });

  it("marks a person to be created in a diff", () => {
    expect(
      displayValue("credits", [
        { person: "Hiroyuki Kitakubo", newPerson: true, role: "Director", segment: "", note: "" },
      ]),
    ).toBe("Hiroyuki Kitakubo (new person) — Director");
  });
});

describe("reordering credits", () => {
  it("moves a row to where its Order input asks, the others keeping their places", () => {
    const rows = creditRowsFromForm({
      "credits.0.order": "1",
      "credits.0.person": "tensai-okamura",
      "credits.0.role": "Director",
      "credits.1.order": "2",
      "credits.1.person": "koji-morimoto",
      "credits.1.role": "Director",
      "credits.2.order": "0",
      "credits.2.person": "katsuhiro-otomo",
      "credits.2.role": "Director",
    });
    expect(rows.map((row) => row.person)).toEqual(["katsuhiro-otomo", "tensai-okamura", "koji-morimoto"]);
  });

  it("accepts the Order inputs as fields of the form", () => {
    expect(CREDIT_FORM_FIELD.test("credits.4.order")).toBe(true);
  });
});
