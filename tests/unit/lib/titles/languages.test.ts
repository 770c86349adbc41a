import { describe, expect, it } from "vitest";
import { groupTitlesByLanguage } from "@/lib/titles/group";
import { COMMON_TITLE_LANGUAGES, canonicalLanguageTag, languageTagName } from "@/lib/titles/languages";

describe("canonicalLanguageTag", () => {
  it("accepts well-formed tags of known languages, in their canonical form", () => {
    expect(canonicalLanguageTag("ja")).toBe("ja");
    expect(canonicalLanguageTag("ja-Latn")).toBe("ja-Latn");
    expect(canonicalLanguageTag("zh-Hans")).toBe("zh-Hans");
    expect(canonicalLanguageTag("zh-Hant-TW")).toBe("zh-Hant-TW");
    expect(canonicalLanguageTag(" ZH-hant-tw ")).toBe("zh-Hant-TW");
    expect(canonicalLanguageTag("EN-us")).toBe("en-US");
    expect(canonicalLanguageTag("yue")).toBe("yue");
    expect(canonicalLanguageTag("und")).toBe("und");
  });

  it("refuses malformed tags", () => {
    for (const typed of ["ja_JP", "", " ", "en--US", "x", "Japanese language", "ja-", "-ja"]) {
      expect(canonicalLanguageTag(typed), typed).toBeNull();
    }
  });

  it("refuses tags that are well-formed but name no language", () => {
    // BCP 47's syntax takes 5-8 letters for a registered language, and "jp" is a country code.
    for (const typed of ["english", "jp", "qqq", "und-Latn"]) {
      expect(canonicalLanguageTag(typed), typed).toBeNull();
    }
  });

  it("suggests only tags it accepts as they are", () => {
    for (const tag of COMMON_TITLE_LANGUAGES) expect(canonicalLanguageTag(tag)).toBe(tag);
  });
});

describe("languageTagName", () => {
  it("names a tag in English, saying which script or form and where", () => {
    expect(languageTagName("ja")).toBe("Japanese");
    expect(languageTagName("ja-Latn")).toBe("Japanese (Latin script)");
    expect(languageTagName("zh-Hans")).toBe("Chinese (Simplified)");
    expect(languageTagName("zh-Hant-TW")).toBe("Chinese (Traditional, Taiwan)");
    expect(languageTagName("pt-BR")).toBe("Portuguese (Brazil)");
    expect(languageTagName("und")).toBe("Unknown language");
  });

  it("leaves what is no tag as typed", () => {
    expect(languageTagName("ja_JP")).toBe("ja_JP");
  });
});

describe("groupTitlesByLanguage", () => {
  it("groups titles under their languages in the order each language first appears, unknown last", () => {
    const titles = [
      { title: "Manie-Manie", language: "und" },
      { title: "Meikyū Monogatari", language: "ja-Latn" },
      { title: "Labyrinth Tales", language: "en" },
      { title: "迷宫物语", language: "zh-Hans" },
      { title: "Labyrinth Stories", language: "en" },
    ];
    expect(groupTitlesByLanguage(titles)).toEqual([
      { language: "ja-Latn", name: "Japanese (Latin script)", titles: [titles[1]] },
      { language: "en", name: "English", titles: [titles[2], titles[4]] },
      { language: "zh-Hans", name: "Chinese (Simplified)", titles: [titles[3]] },
      { language: "und", name: "Unknown language", titles: [titles[0]] },
    ]);
  });

  it("has no groups without titles", () => {
    expect(groupTitlesByLanguage([])).toEqual([]);
  });
});
