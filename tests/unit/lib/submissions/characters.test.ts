import { describe, expect, it } from "vitest";
import { displayValue } from "@/lib/submissions/display";
import { characters } from "@/lib/submissions/sections/characters/definition";

const parse = (fields: Record<string, string>) => characters.schema.safeParse(characters.fromForm(fields));

describe("the characters section's form", () => {
  it("reads numbered rows and their voice rows in order, dropping empty ones", () => {
    const result = parse({
      "characters.1.character": " Kaneda ",
      "characters.1.newCharacter": "on",
      "characters.1.prominence": "MAIN",
      "characters.1.segment": "",
      "characters.1.voices.2.person": "Katsuhiro Otomo",
      "characters.1.voices.2.language": "ja",
      "characters.1.voices.0.person": "satoshi-kon",
      "characters.1.voices.0.language": "en",
      "characters.1.voices.1.person": "",
      "characters.1.voices.1.language": "",
      "characters.0.character": "heintz-beckner",
      "characters.0.prominence": "SUPPORTING",
      "characters.0.segment": "Magnetic Rose",
      "characters.0.voices.0.person": "",
      "characters.0.voices.0.language": "",
      "characters.2.character": "",
      "characters.2.prominence": "",
      "characters.2.segment": "",
      "characters.2.voices.0.person": "",
      "characters.2.voices.0.language": "",
    });
    expect(result.success && result.data).toEqual({
      characters: [
        {
          character: "heintz-beckner",
          newCharacter: false,
          prominence: "SUPPORTING",
          segment: "Magnetic Rose",
          voices: [],
        },
        {
          character: "Kaneda",
          newCharacter: true,
          prominence: "MAIN",
          segment: "",
          voices: [
            { person: "satoshi-kon", language: "en" },
            { person: "Katsuhiro Otomo", language: "ja" },
          ],
        },
      ],
    });
  });

  it("asks for a character, a prominence and each voice's person and language, numbered as kept", () => {
    const result = parse({
      "characters.0.character": "",
      "characters.0.prominence": "",
      "characters.0.voices.0.person": "",
      "characters.0.voices.0.language": "",
      "characters.0.voices.3.person": "",
      "characters.0.voices.3.language": "fr",
      "characters.0.voices.5.person": "satoshi-kon",
      "characters.0.voices.5.language": "xx",
    });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((issue) => issue.path.join("."))).toEqual([
      "characters.0.character",
      "characters.0.prominence",
      "characters.0.voices.0.person",
      "characters.0.voices.1.language",
    ]);
  });

  it("accepts only its own inputs", () => {
    for (const name of [
      "characters.0.character",
      "characters.12.newCharacter",
      "characters.2.prominence",
      "characters.3.segment",
      "characters.0.voices.0.person",
      "characters.999.voices.19.language",
    ]) {
      expect(characters.formField.test(name)).toBe(true);
    }
    for (const name of [
      "characters.0.characterId",
      "characters.0",
      "characters.0.voices.0",
      "characters.0.voices.0.note",
      "characters.0.voices.100.person",
      "characters.a.prominence",
      "credits.0.person",
      "character",
    ]) {
      expect(characters.formField.test(name)).toBe(false);
    }
  });

  it("shows one line per character in a diff, with its voices and whether it is new", () => {
    expect(
      displayValue("characters", [
        {
          character: "heintz-beckner",
          newCharacter: false,
          prominence: "MAIN",
          segment: "Magnetic Rose",
          voices: [
            { person: "person-a", language: "ja" },
            { person: "person-b", language: "en" },
          ],
        },
        { character: "Kaneda", newCharacter: true, prominence: "MINOR", segment: "", voices: [] },
      ]),
    ).toBe(
      "heintz-beckner — Main (Magnetic Rose): Japanese: person-a; English: person-b\nKaneda (new character) — Minor",
    );
  });
});
