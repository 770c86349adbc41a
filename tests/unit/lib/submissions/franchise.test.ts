import { describe, expect, it } from "vitest";
import { SECTIONS } from "@/lib/submissions/sections";

const { franchise } = SECTIONS;
const parse = (fields: Record<string, string>) => franchise.schema.safeParse(franchise.fromForm(fields));

describe("the Franchise section", () => {
  it("takes a name, trimmed, or none when the input is empty", () => {
    expect(parse({ franchise: "  Akira " }).data).toEqual({ franchise: "Akira" });
    expect(parse({ franchise: "  " }).data).toEqual({ franchise: null });
    expect(parse({}).data).toEqual({ franchise: null });
  });

  it("refuses a name without letters or digits, and a long one", () => {
    expect(parse({ franchise: "--" }).success).toBe(false);
    expect(parse({ franchise: "x".repeat(201) }).success).toBe(false);
  });

  it("names only its own input", () => {
    expect(franchise.formField.test("franchise")).toBe(true);
    expect(franchise.formField.test("franchiseId")).toBe(false);
    expect(franchise.schema.safeParse({ franchise: null, slug: "x" }).success).toBe(false);
  });
});
