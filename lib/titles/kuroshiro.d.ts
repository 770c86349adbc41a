// kuroshiro 1.2 and its kuromoji analyser ship no types; these are the parts Keyframe uses.
declare module "kuroshiro-analyzer-kuromoji" {
  export type KuromojiToken = {
    surface_form: string;
    /** Katakana; missing for words the dictionary does not know. */
    reading?: string;
    /** Part of speech: 名詞, 助詞 (particle), 助動詞 (auxiliary verb), 記号 (symbol)… */
    pos: string;
    pos_detail_1: string;
  };
  export default class KuromojiAnalyzer {
    constructor(options?: { dictPath?: string });
    init(): Promise<void>;
    parse(text: string): Promise<KuromojiToken[]>;
  }
}

declare module "kuroshiro" {
  const Kuroshiro: {
    Util: {
      isJapanese(text: string): boolean;
      hasJapanese(text: string): boolean;
      kanaToRomaji(text: string, system: "hepburn" | "nippon" | "passport"): string;
    };
  };
  export default Kuroshiro;
}
