import { distance } from "fastest-levenshtein";

export type HighlightPart = { text: string; match: boolean };

const WORD = /[\p{L}\p{N}]+/gu;

const KATAKANA = /[\u30A1-\u30F6\u30FD\u30FE]/g;

/**
 * Folds one character as the database's search_key does: compatibility forms, accents, case, and
 * katakana as hiragana.
 */
const foldChar = (char: string) =>
  char
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(KATAKANA, (kana) => String.fromCharCode(kana.charCodeAt(0) - 0x60));

/** Long vowels of romanised Japanese spelt out, shortened as search_key shortens them ("shoujo" → "shojo"). */
const LONG_VOWEL = /o[ou]+|([aeiu])\1+/g;

/**
 * The folded text, and for each of its UTF-16 units the span of original characters it came from
 * (a shortened long vowel comes from all of its letters).
 */
function fold(text: string) {
  let chars = "";
  const spans: [number, number][] = [];
  let index = 0;
  for (const char of text) {
    const piece = foldChar(char);
    chars += piece;
    for (let i = 0; i < piece.length; i++) spans.push([index, index + char.length]);
    index += char.length;
  }
  let folded = "";
  const origin: [number, number][] = [];
  let from = 0;
  for (const long of chars.matchAll(LONG_VOWEL)) {
    folded += chars.slice(from, long.index);
    origin.push(...spans.slice(from, long.index));
    folded += long[0].charAt(0);
    origin.push([spans[long.index]![0], spans[long.index + long[0].length - 1]![1]]);
    from = long.index + long[0].length;
  }
  folded += chars.slice(from);
  origin.push(...spans.slice(from));
  return { folded, origin };
}

const SPACELESS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Where words are not separated by spaces a term may start anywhere; elsewhere only at a word's start. */
const startsWord = (folded: string, at: number, term: string) =>
  at === 0 || SPACELESS.test(term) || !LETTER_OR_DIGIT.test(folded.charAt(at - 1));

const termsOf = (query: string) => [...new Set(fold(query).folded.match(WORD) ?? [])];

/** How many typos a word may carry and still count as the term: none for short words. */
const allowedTypos = (term: string) => (term.length >= 8 ? 2 : term.length >= 4 ? 1 : 0);

function markedUnits(folded: string, terms: string[]) {
  const marked = new Array<boolean>(folded.length).fill(false);
  const mark = (start: number, length: number) => marked.fill(true, start, start + length);
  for (const term of terms) {
    for (let at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + 1)) {
      if (startsWord(folded, at, term)) mark(at, term.length);
    }
  }
  for (const word of folded.matchAll(WORD)) {
    if (marked[word.index]) continue;
    const near = terms.some((term) => {
      const typos = allowedTypos(term);
      return typos > 0 && distance(word[0], term) <= typos;
    });
    if (near) mark(word.index, word[0].length);
  }
  return marked;
}

/**
 * Splits `text` into parts that match the query's words and parts that don't, for <mark>. A word
 * matches where a query word appears in it (any case, accent or kana script, long vowels spelt
 * either way, so "otomo" marks "Ōtomo", "shojo" marks "Shoujo" and "めもり" marks part of "メモリーズ") or where it is a query word with a typo or two, as search found it.
 */
export function highlight(text: string, query: string): HighlightPart[] {
  const terms = termsOf(query);
  if (terms.length === 0 || text === "") return text ? [{ text, match: false }] : [];
  const { folded, origin } = fold(text);
  const marked = markedUnits(folded, terms);
  const matchedAt = new Array<boolean>(text.length).fill(false);
  marked.forEach((isMarked, unit) => {
    const [start, end] = origin[unit] ?? [0, 0];
    if (isMarked) matchedAt.fill(true, start, end);
  });
  const parts: HighlightPart[] = [];
  let index = 0;
  for (const char of text) {
    const match = matchedAt[index] ?? false;
    const last = parts.at(-1);
    if (last && last.match === match) last.text += char;
    else parts.push({ text: char, match });
    index += char.length;
  }
  return parts;
}
