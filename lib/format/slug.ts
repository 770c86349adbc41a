const MAX_SLUG_LENGTH = 80;

// Latin letters that NFKD leaves whole, so stripping combining marks alone would drop them.
const LATIN_LIGATURES: Readonly<Record<string, string>> = {
  ß: "ss",
  æ: "ae",
  œ: "oe",
  ø: "o",
  ł: "l",
  đ: "d",
  ð: "d",
  þ: "th",
  ı: "i",
};

export function slugify(text: string): string {
  const latin = latinSlug(text);
  return truncateSlug(latin === "" ? unicodeSlug(text) : latin);
}

function latinSlug(text: string): string {
  return (
    text
      .normalize("NFKD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .replace(/[ßæœøłđðþı]/g, (letter) => LATIN_LIGATURES[letter] ?? "")
      // "Wolf's Rain" reads as "wolfs-rain", not "wolf-s-rain".
      .replace(/['’]/g, "")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
  );
}

// NFKC rather than NFKD: in kana and hangul the "diacritics" (dakuten, jamo) are part of the
// letter, so decomposing and stripping them would change the word.
function unicodeSlug(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
}

// Counts code points, not UTF-16 units, so a cut never splits a surrogate pair.
function truncateSlug(slug: string): string {
  const chars = Array.from(slug);
  if (chars.length <= MAX_SLUG_LENGTH) return slug;
  const cut = chars.slice(0, MAX_SLUG_LENGTH + 1);
  const boundary = cut.lastIndexOf("-");
  const kept = boundary > 0 ? cut.slice(0, boundary) : cut.slice(0, MAX_SLUG_LENGTH);
  return kept.join("").replace(/-+$/, "");
}
