import { describe, expect, it } from "vitest";
import { SECTIONS } from "@/lib/submissions/sections";
import { displayValue } from "@/lib/submissions/display";

const { aliases } = SECTIONS;
const parse = (fields: Record<string, string>) => aliases.schema.safeParse(aliases.fromForm(fields));

/** A posted row: its title, language and kind inputs. */
const row = (index: number, title: string, language: string, kind = "SYNONYM") => ({
  [`aliases.${index}.title`]: title,
  [`aliases.${index}.language`]: language,
  [`aliases.${index}.kind`]: kind,
});

describe("the Alternative titles section", () => {
  it("keeps the filled rows in order, trimmed, with canonical language tags, and drops the empty ones", () => {
    const parsed = parse({
      ...row(2, " 迷宫物语 ", "ZH-hans", "OFFICIAL"),
      ...row(0, "Meikyū Monogatari", "ja-latn", "ROMANISED"),
      ...row(1, "  ", " "),
      ...row(10, "Labyrinth Tales", "en"),
    });
    expect(parsed.data).toEqual({
      aliases: [
        { title: "Meikyū Monogatari", language: "ja-Latn", kind: "ROMANISED" },
        { title: "迷宫物语", language: "zh-Hans", kind: "OFFICIAL" },
        { title: "Labyrinth Tales", language: "en", kind: "SYNONYM" },
      ],
    });
  });

  it("accepts no titles at all", () => {
    expect(parse(row(0, "", "")).data).toEqual({ aliases: [] });
  });

  it("refuses a malformed or unknown language tag beside the row's language", () => {
    for (const tag of ["ja_JP", "english", "jp", "x-private"]) {
      const parsed = parse(row(0, "Memories", tag));
      expect(parsed.error?.issues).toMatchObject([
        { path: ["aliases", 0, "language"], message: expect.stringContaining(`“${tag}” is not a language tag`) },
      ]);
    }
  });

  it("asks for a language when a title has none, and for a title when a row has only a language", () => {
    expect(parse(row(0, "Memories", "")).error?.issues[0]?.path).toEqual(["aliases", 0, "language"]);
    expect(parse(row(0, "", "en")).error?.issues[0]?.path).toEqual(["aliases", 0, "title"]);
  });

  it("takes a romanised kind on any language: only the tag's form is checked", () => {
    expect(parse(row(0, "メモリーズ", "ja", "ROMANISED")).success).toBe(true);
  });

  it("refuses a title listed twice in one language, whatever its case, but not in two languages", () => {
    const twice = parse({ ...row(0, "Akira", "en"), ...row(1, "AKIRA", "EN", "OFFICIAL") });
    expect(twice.error?.issues).toMatchObject([
      { path: ["aliases", 1, "title"], message: "“AKIRA” is listed twice in this language." },
    ]);
    expect(parse({ ...row(0, "Akira", "en", "OFFICIAL"), ...row(1, "Akira", "ja-Latn", "ROMANISED") }).success).toBe(
      true,
    );
  });

  it("refuses a kind it does not know", () => {
    expect(parse(row(0, "Memories", "en", "NICKNAME")).error?.issues[0]?.path).toEqual(["aliases", 0, "kind"]);
  });

  it("limits the length of a title and the number of titles", () => {
    expect(parse(row(0, "x".repeat(301), "en")).error?.issues[0]?.path).toEqual(["aliases", 0, "title"]);
    const many = Object.assign({}, ...Array.from({ length: 51 }, (_, index) => row(index, `Name ${index}`, "en")));
    expect(parse(many).error?.issues[0]?.message).toBe("At most 50 titles.");
  });

  it("names only its own inputs, so anything else posted is refused", () => {
    for (const name of ["aliases.3.title", "aliases.3.language", "aliases.3.kind"]) {
      expect(aliases.formField.test(name)).toBe(true);
    }
    for (const name of ["aliases", "aliases.3", "aliases.x.title", "aliases.1234.title", "aliases.0.note"]) {
      expect(aliases.formField.test(name)).toBe(false);
    }
    expect(aliases.schema.safeParse({ aliases: [], extra: 1 }).success).toBe(false);
  });

  it("reads in diffs as the title with its language and kind, one line a title", () => {
    const titles = [
      { title: "Ghost in the Shell", language: "en", kind: "OFFICIAL" },
      { title: "Kōkaku Kidōtai", language: "ja-Latn", kind: "ROMANISED" },
    ];
    expect(displayValue("aliases", titles)).toBe(
      "Ghost in the Shell (en, official)\nKōkaku Kidōtai (ja-Latn, romanised)",
    );
  });
});
