import { describe, expect, it } from "vitest";
import { SECTIONS } from "@/lib/submissions/sections";

const { aliases } = SECTIONS;
const parse = (fields: Record<string, string>) => aliases.schema.safeParse(aliases.fromForm(fields));

describe("the Aliases section", () => {
  it("keeps the filled inputs in order, trimmed, and drops the empty ones", () => {
    const parsed = parse({ "aliases.2": " Third ", "aliases.0": "First", "aliases.1": "  ", "aliases.10": "Last" });
    expect(parsed.data).toEqual({ aliases: ["First", "Third", "Last"] });
  });

  it("accepts no aliases at all", () => {
    expect(parse({ "aliases.0": "" }).data).toEqual({ aliases: [] });
  });

  it("refuses a name listed twice, whatever its case, beside the repeat", () => {
    const parsed = parse({ "aliases.0": "Neo Tokyo", "aliases.1": "Other", "aliases.2": "NEO TOKYO" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues).toMatchObject([{ path: ["aliases", 2], message: "“NEO TOKYO” is listed twice." }]);
  });

  it("limits the length of a name and the number of names", () => {
    expect(parse({ "aliases.0": "x".repeat(301) }).error?.issues[0]?.path).toEqual(["aliases", 0]);
    const many = Object.fromEntries(Array.from({ length: 51 }, (_, index) => [`aliases.${index}`, `Name ${index}`]));
    expect(parse(many).error?.issues[0]?.message).toBe("At most 50 aliases.");
  });

  it("names only its own inputs, so anything else posted is refused", () => {
    expect(aliases.formField.test("aliases.3")).toBe(true);
    for (const name of ["aliases", "aliases.x", "aliases.1234", "alias.0", "names.0"]) {
      expect(aliases.formField.test(name)).toBe(false);
    }
    expect(aliases.schema.safeParse({ aliases: [], extra: 1 }).success).toBe(false);
  });
});
