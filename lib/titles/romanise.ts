import kuroshiro from "kuroshiro";
import kuromojiAnalyzer, { type KuromojiToken } from "kuroshiro-analyzer-kuromoji";

/**
 * Machine romanisation of Japanese titles (Hepburn): kuromoji reads each word of the title from
 * its dictionary, kuroshiro spells the readings in Latin letters. A dictionary reading is often
 * wrong for names (鬼滅 is read as "oni metsu"), so what this makes is marked as made by a machine
 * until an editor checks it.
 */
export type Romaniser = (text: string) => Promise<string | null>;

/** Both are CommonJS marked as ES modules: bundlers import their default export, Node the whole module. */
function defaultOf<T extends object>(imported: T): T {
  return "default" in imported ? (imported.default as T) : imported;
}

const { Util } = defaultOf(kuroshiro);
const KuromojiAnalyzer = defaultOf(kuromojiAnalyzer);

/** Words that stay lower case inside a title, as in "Shingeki no Kyojin". */
const PARTICLES = new Set(["no", "wa", "ga", "wo", "o", "ni", "de", "to", "e", "mo", "ka", "ya", "yo", "kara", "made"]);

/** Parts of speech that belong to the word before them (verb endings, suffixes). */
function attachesToPrevious(token: KuromojiToken): boolean {
  return token.pos === "助動詞" || token.pos_detail_1 === "接尾" || token.pos_detail_1 === "非自立";
}

function spell(token: KuromojiToken): string {
  const kana = token.reading ?? token.surface_form;
  return Util.hasJapanese(kana) ? Util.kanaToRomaji(kana, "hepburn") : token.surface_form;
}

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** The romanised words of a parsed title, particles lower case and every other word capitalised. */
function words(tokens: readonly KuromojiToken[]): string {
  const out: { text: string; particle: boolean }[] = [];
  let joinNext = false;
  for (const token of tokens) {
    if (token.surface_form === "・" || token.surface_form === "　" || token.surface_form.trim() === "") {
      joinNext = false;
      continue;
    }
    const text = spell(token);
    const previous = out.at(-1);
    if (previous && (joinNext || attachesToPrevious(token))) previous.text += text;
    else out.push({ text, particle: token.pos === "助詞" && PARTICLES.has(text) });
    joinNext = token.pos === "接頭詞";
  }
  return out
    .map((word, index) => (word.particle && index > 0 ? word.text : capitalise(word.text)))
    .join(" ")
    .replace(/\s+([!?:;,.☆♪]+)/g, "$1");
}

/** Loads the dictionary (about a second) and returns the romaniser. */
export async function loadRomaniser(): Promise<Romaniser> {
  const analyzer = new KuromojiAnalyzer();
  await analyzer.init();
  return async (text) => {
    if (!Util.hasJapanese(text)) return null;
    return words(await analyzer.parse(text.normalize("NFKC")));
  };
}
