import { describe, expect, it } from "vitest";
import { highlight } from "@/lib/search/highlight";

const marked = (text: string, query: string) =>
  highlight(text, query)
    .filter((part) => part.match)
    .map((part) => part.text);

describe("highlight", () => {
  it("marks the query's words wherever they appear, in any case", () => {
    expect(marked("Katsuhiro Otomo Presents: Memories", "otomo memories")).toEqual(["Otomo", "Memories"]);
  });

  it("keeps the text whole, marked or not", () => {
    const parts = highlight("Katsuhiro Otomo", "otomo");
    expect(parts.map((part) => part.text).join("")).toBe("Katsuhiro Otomo");
    expect(parts).toEqual([
      { text: "Katsuhiro ", match: false },
      { text: "Otomo", match: true },
    ]);
  });

  it("ignores accents and full-width forms on either side", () => {
    expect(marked("Ōtomo", "otomo")).toEqual(["Ōtomo"]);
    expect(marked("Memories", "ＭＥＭＯＲＩＥＳ")).toEqual(["Memories"]);
  });

  it("marks part of a word in scripts without spaces", () => {
    expect(marked("メモリーズ", "メモリ")).toEqual(["メモリ"]);
  });

  it("marks the starts of words, not their middles", () => {
    expect(marked("Steamboy", "steam")).toEqual(["Steam"]);
    expect(marked("Neo-Tokyo", "tokyo")).toEqual(["Tokyo"]);
  });

  it("marks a word the query misspells", () => {
    expect(marked("Memories", "memries")).toEqual(["Memories"]);
    expect(marked("Neon Genesis Evangelion", "evangelon")).toEqual(["Evangelion"]);
  });

  it("does not stretch short words into typos", () => {
    expect(marked("Akira", "aki")).toEqual(["Aki"]);
    expect(marked("Robot", "rob")).toEqual(["Rob"]);
    expect(marked("Steam Boy", "tea")).toEqual([]);
    expect(marked("Cat", "car")).toEqual([]);
  });

  it("treats regex and SQL characters as plain text", () => {
    expect(marked("Memories (1995)", "(1995)")).toEqual(["1995"]);
    expect(marked("Memories", ".*")).toEqual([]);
    expect(marked("Memories", '\'; DROP TABLE "Film"; --')).toEqual([]);
  });

  it("marks kana typed in the other script", () => {
    expect(marked("メモリーズ", "めもり")).toEqual(["メモリ"]);
    expect(marked("となりのトトロ", "ととろ")).toEqual(["トトロ"]);
  });

  it("marks a romanised title whatever way its long vowels are spelt", () => {
    expect(marked("Mahou Shoujo", "shojo")).toEqual(["Shoujo"]);
    expect(marked("Mahō Shōjo", "shoujo")).toEqual(["Shōjo"]);
    expect(marked("Yuuki", "yūki")).toEqual(["Yuuki"]);
  });

  it("returns the text unmarked for an empty query", () => {
    expect(highlight("Memories", "  ")).toEqual([{ text: "Memories", match: false }]);
    expect(highlight("", "memories")).toEqual([]);
  });
});
