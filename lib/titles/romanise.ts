import kuroshiro from "kuroshiro";
import kuromojiAnalyzer, { type KuromojiToken } from "kuroshiro-analyzer-kuromoji";

/**
 * Machine romanisation of Japanese titles (Hepburn): kuromoji reads each word of the title from
 * its dictionary, kuroshiro spells the readings in Latin letters. A dictionary reading is often
 * wrong for names (鬼滅 is read as "oni metsu"), so what this makes is marked as made by a machine
 * until an editor checks it. Null when the text has no Japanese, or has a word the dictionary cannot
 * read (東京喰種): half a romanisation with kanji left in it would help no reader.
 */
export type Romaniser = (text: string) => Promise<string | null>;

/** Both are CommonJS marked as ES modules: bundlers import their default export, Node the whole module. */
function defaultOf<T extends object>(imported: T): T {
  return "default" in imported ? (imported.default as T) : imported;
}

const { Util } = defaultOf(kuroshiro);
const KuromojiAnalyzer = defaultOf(kuromojiAnalyzer);

/** Words that stay lower case inside a title, as in "Shingeki no Kyojin". */
const PARTICLES = new Set(["no", "wa", "ga", "o", "ni", "de", "to", "e", "mo", "ka", "ya", "yo", "kara", "made"]);

/** Particles spelt as they are said, not as they are written: 君の名は → "Kimi no Na wa". */
const SPOKEN_PARTICLES: Record<string, string> = { は: "wa", へ: "e", を: "o" };

/** Japanese punctuation in its Latin form. */
const LATIN_PUNCTUATION: Record<string, string> = { "。": ".", "、": ",", "「": '"', "」": '"' };

/** Punctuation after which a title goes on with a space ("Love Live! Sunshine!!"), unlike "Re:Zero". */
const ENDS_PHRASE = /[!?.,]$/;
const SYMBOL = /^[^\p{L}\p{N}]+$/u;
/** The katakana middle dot separates words, also inside a word the dictionary does not know. */
const WORD_DOT = /[・･]/;

type Piece = { kind: "japanese" | "latin" | "symbol"; text: string; particle: boolean; spaced: boolean };

/**
 * Parts of speech that belong to the word before them (verb endings, suffixes), and a long-vowel
 * mark the dictionary cut off ("ぶー").
 */
function attachesToPrevious(token: KuromojiToken): boolean {
  return (
    token.pos === "助動詞" ||
    token.pos_detail_1 === "接尾" ||
    token.pos_detail_1 === "非自立" ||
    /^ー+$/.test(token.surface_form)
  );
}

const isSpace = (token: KuromojiToken) => token.pos_detail_1 === "空白" || token.surface_form.trim() === "";

function kindOf(surface: string): Piece["kind"] {
  if (Util.hasJapanese(surface)) return "japanese";
  return SYMBOL.test(surface) ? "symbol" : "latin";
}

/**
 * The title cut into words, each Japanese word still in kana: a word is spelt whole, so a small っ
 * doubles the next consonant even when the dictionary cut the word there ("ぼっち" → "botchi").
 */
function pieces(tokens: readonly KuromojiToken[]): Piece[] {
  const out: Piece[] = [];
  let spaced = false;
  let joinNext = false;
  for (const token of tokens) {
    const surface = token.surface_form;
    if (isSpace(token) || (WORD_DOT.test(surface) && surface.length === 1)) {
      spaced = true;
      joinNext = false;
      continue;
    }
    const kind = kindOf(surface);
    // A title does not start with a particle: a leading へ is a word (へうげもの, "Hyouge Mono").
    const spoken = token.pos === "助詞" && out.length > 0 ? SPOKEN_PARTICLES[surface] : undefined;
    const kana = kind === "japanese" ? (spoken ?? token.reading ?? surface) : (LATIN_PUNCTUATION[surface] ?? surface);
    const previous = out.at(-1);
    if (
      !spaced &&
      !spoken &&
      kind === "japanese" &&
      previous?.kind === "japanese" &&
      (joinNext || attachesToPrevious(token))
    ) {
      previous.text += kana;
    } else {
      const particle = token.pos === "助詞" && PARTICLES.has(spoken ?? Util.kanaToRomaji(kana, "hepburn"));
      out.push({ kind, text: kana, particle, spaced });
    }
    spaced = false;
    joinNext = token.pos === "接頭詞" || /[ッっ]$/.test(kana);
  }
  return out;
}

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * Long vowels written twice, as MyAnimeList's and AniList's romaji titles write them. Kanji
 * readings already come as "ou" and "uu" (少女 → "shoujo"); kuroshiro gives a macron only for the
 * katakana long-vowel mark (ソード → "sōdo"), so without this one title would mix both styles.
 */
const DOUBLED_VOWELS: Record<string, string> = { ā: "aa", ī: "ii", ū: "uu", ē: "ee", ō: "oo" };
const doubleLongVowels = (romaji: string) => romaji.replace(/[āīūēō]/g, (vowel) => DOUBLED_VOWELS[vowel]!);

/** A Japanese word in Latin letters: capitalised unless it is a particle inside the title. */
function spell(piece: Piece, first: boolean): string {
  if (piece.kind !== "japanese") return piece.text;
  const romaji = Util.hasJapanese(piece.text) ? doubleLongVowels(Util.kanaToRomaji(piece.text, "hepburn")) : piece.text;
  const words = romaji.split(WORD_DOT).filter(Boolean);
  return piece.particle && !first ? words.join(" ") : words.map(capitalise).join(" ");
}

/**
 * Whether a space goes before a piece: where the title had one, between Japanese words (which the
 * title does not separate), after punctuation that ends a phrase, and before an opening wave dash
 * ("Setai ~Tensai-tachi~"). Latin parts and other punctuation keep to the text as written.
 */
function spaceBefore(piece: Piece, previous: Piece, waves: number): boolean {
  if (piece.spaced) return true;
  if (piece.kind === "japanese" && previous.kind === "japanese") return true;
  if (previous.kind === "symbol" && piece.kind !== "symbol") return ENDS_PHRASE.test(previous.text);
  return piece.text === "~" && previous.kind !== "symbol" && waves % 2 === 0;
}

/** The romanised title: Japanese words spelt out and capitalised, particles lower case. */
function words(tokens: readonly KuromojiToken[]): string {
  let title = "";
  let waves = 0;
  let previous: Piece | undefined;
  for (const piece of pieces(tokens)) {
    if (previous && spaceBefore(piece, previous, waves)) title += " ";
    title += spell(piece, previous === undefined);
    if (piece.text === "~") waves++;
    previous = piece;
  }
  return title;
}

/** Loads the dictionary (about a second) and returns the romaniser. */
export async function loadRomaniser(): Promise<Romaniser> {
  const analyzer = new KuromojiAnalyzer();
  await analyzer.init();
  return async (text) => {
    if (!Util.hasJapanese(text)) return null;
    const romanised = words(await analyzer.parse(text.normalize("NFKC")));
    return Util.hasJapanese(romanised) ? null : romanised;
  };
}
