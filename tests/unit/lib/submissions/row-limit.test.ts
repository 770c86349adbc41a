import { describe, expect, it } from "vitest";
import { zodErrors } from "@/lib/forms/form-state";
import { characters } from "@/lib/submissions/sections/characters/definition";
import { credits } from "@/lib/submissions/sections/credits/definition";
import { ROWS_PER_SUBMISSION } from "@/lib/submissions/sections/shared-schema";

/** A credits form with this many filled rows. */
function creditsForm(count: number): Record<string, string> {
  return Object.fromEntries(
    Array.from({ length: count }, (_, index) => [
      [`credits.${index}.person`, `person-${index}`],
      [`credits.${index}.role`, "Key Animation"],
    ]).flat(),
  );
}

const parseCredits = (fields: Record<string, string>) => credits.schema.safeParse(credits.fromForm(fields));

describe("the rows one submission may hold", () => {
  it("takes 500 credits, well within the three-digit row numbers of the form", () => {
    expect(ROWS_PER_SUBMISSION).toBe(500);
    const result = parseCredits(creditsForm(ROWS_PER_SUBMISSION));
    expect(result.success && result.data.credits).toHaveLength(ROWS_PER_SUBMISSION);
    expect(credits.formField.test("credits.999.person")).toBe(true);
  });

  it("refuses the 501st credit with a message on the list, saying what to do", () => {
    const result = parseCredits(creditsForm(ROWS_PER_SUBMISSION + 1));
    expect(result.success).toBe(false);
    expect(zodErrors(result.error!).fieldErrors).toEqual({
      credits: ["At most 500 credits in one submission: split the rest into another."],
    });
  });

  it("holds characters to the same limit", () => {
    const fields = Object.fromEntries(
      Array.from({ length: ROWS_PER_SUBMISSION + 1 }, (_, index) => [
        [`characters.${index}.character`, `character-${index}`],
        [`characters.${index}.prominence`, "MINOR"],
      ]).flat(),
    );
    const result = characters.schema.safeParse(characters.fromForm(fields));
    expect(zodErrors(result.error!).fieldErrors.characters).toEqual([
      "At most 500 characters in one submission: split the rest into another.",
    ]);
  });
});

describe("a row that names nothing", () => {
  it("gets a message beside it rather than being dropped", () => {
    const result = parseCredits({ "credits.0.person": "", "credits.0.role": "Director" });
    expect(zodErrors(result.error!).fieldErrors).toEqual({
      "credits.0.person": ["Choose a person, or clear the row to remove the credit."],
    });
  });
});

describe("the characters form's order", () => {
  it("puts a character where its Order input asks", () => {
    const result = characters.schema.safeParse(
      characters.fromForm({
        "characters.0.order": "1",
        "characters.0.character": "kaneda",
        "characters.0.prominence": "MAIN",
        "characters.1.order": "0",
        "characters.1.character": "tetsuo",
        "characters.1.prominence": "MAIN",
      }),
    );
    expect(result.success && result.data.characters.map((row) => row.character)).toEqual(["tetsuo", "kaneda"]);
    expect(characters.formField.test("characters.1.order")).toBe(true);
  });
});
