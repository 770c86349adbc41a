import { describe, expect, it } from "vitest";

import { slugify } from "@/lib/format/slug";

describe("slugify", () => {
  it.each([
    ["Katsuhiro Otomo Presents: Memories", "katsuhiro-otomo-presents-memories"],
    ["Neo-Tokyo", "neo-tokyo"],
    ["Ichiban Ushiro no Dai Maō", "ichiban-ushiro-no-dai-mao"],
    ["2001: A Space Odyssey", "2001-a-space-odyssey"],
    ["Pokémon: The First Movie", "pokemon-the-first-movie"],
    ["Akira", "akira"],
    ["Wolf's Rain", "wolfs-rain"],
    ["Wolf’s Rain", "wolfs-rain"],
  ])("slugifies %j as %j", (input, expected) => {
    expect(slugify(input)).toBe(expected);
  });

  it("collapses runs of punctuation and whitespace into one hyphen", () => {
    expect(slugify("Ghost  in   the --- Shell!!")).toBe("ghost-in-the-shell");
  });

  it("trims leading and trailing hyphens", () => {
    expect(slugify("  ...Perfect Blue?! ")).toBe("perfect-blue");
  });

  it("normalises full-width Latin characters", () => {
    expect(slugify("ＡＫＩＲＡ ２０１９")).toBe("akira-2019");
  });

  it("transliterates Latin letters that have no decomposition", () => {
    expect(slugify("Straße Æon Flux Łódź Øresund")).toBe("strasse-aeon-flux-lodz-oresund");
  });

  it("keeps Unicode letters when no Latin letters or digits are left", () => {
    expect(slugify("メモリーズ")).toBe("メモリーズ");
    expect(slugify("千と千尋の神隠し")).toBe("千と千尋の神隠し");
  });

  it("keeps voiced kana intact in the Unicode fallback", () => {
    // NFKD would split ズ into ス plus a combining dakuten.
    expect(slugify("ズ")).toBe("ズ");
  });

  it("separates Unicode words with hyphens and lowercases them", () => {
    expect(slugify("「君の名は。」 ΑΒΓ")).toBe("君の名は-αβγ");
  });

  it("prefers Latin text over other scripts when both are present", () => {
    expect(slugify("Memories メモリーズ")).toBe("memories");
  });

  it("returns an empty string when nothing sluggable is left", () => {
    expect(slugify("")).toBe("");
    expect(slugify("!?! — …")).toBe("");
  });

  it("is idempotent", () => {
    for (const input of ["Neo-Tokyo", "メモリーズ", "Ichiban Ushiro no Dai Maō", "a".repeat(120)]) {
      expect(slugify(slugify(input))).toBe(slugify(input));
    }
  });

  describe("length limit", () => {
    it("leaves slugs of exactly 80 characters alone", () => {
      const slug = "a".repeat(80);
      expect(slugify(slug)).toBe(slug);
    });

    it("cuts at the last hyphen within 80 characters", () => {
      const words = Array.from({ length: 30 }, (_, i) => `word${i}`).join(" ");
      const slug = slugify(words);
      expect(slug.length).toBeLessThanOrEqual(80);
      expect(slug).toMatch(/^word0-word1-.*-word\d+$/);
      expect(words.replaceAll(" ", "-").startsWith(`${slug}-`)).toBe(true);
    });

    it("keeps a full 80 characters when the 81st is a hyphen", () => {
      const slug = slugify(`${"a".repeat(80)} tail`);
      expect(slug).toBe("a".repeat(80));
    });

    it("cuts hard at 80 characters when there is no hyphen", () => {
      expect(slugify("a".repeat(100))).toBe("a".repeat(80));
    });

    it("counts code points so astral characters are never split", () => {
      const slug = slugify("𠀋".repeat(100));
      expect(Array.from(slug)).toHaveLength(80);
      expect(slug).toBe("𠀋".repeat(80));
    });
  });
});
