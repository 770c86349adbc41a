import { describe, expect, it } from "vitest";
import { SECTIONS } from "@/lib/submissions/sections";

describe.each(["genres", "themes", "associations"] as const)("the %s section", (id) => {
  const section = SECTIONS[id];
  const parse = (fields: Record<string, string>) => section.schema.safeParse(section.fromForm(fields));

  it("takes the ticked names and the new ones, split at commas, sorted by name", () => {
    const parsed = parse({
      "names.0": "Drama",
      "names.2": "Action",
      "newNames.0": " science fiction, Cyberpunk ,",
      "newNames.1": "",
    });
    expect(parsed.data).toEqual({ names: ["Action", "Cyberpunk", "Drama", "science fiction"] });
  });

  it("refuses a name listed twice in another case", () => {
    const parsed = parse({ "names.0": "Drama", "newNames.0": "drama" });
    expect(parsed.error?.issues).toMatchObject([{ path: ["names", 1], message: "“drama” is listed twice." }]);
  });

  it("refuses a name without letters or digits, and a long one", () => {
    expect(parse({ "newNames.0": "!!!" }).error?.issues[0]?.message).toBe("A name needs letters or digits.");
    expect(parse({ "newNames.0": "x".repeat(101) }).success).toBe(false);
  });

  it("names only its own inputs", () => {
    for (const name of ["names.0", "newNames.2"]) expect(section.formField.test(name)).toBe(true);
    for (const name of ["names", "newNames", "names.0.x", "genre.0"]) expect(section.formField.test(name)).toBe(false);
    expect(section.schema.safeParse({ names: [], slug: "x" }).success).toBe(false);
  });
});
