import { beforeAll, describe, expect, it } from "vitest";
import { loadRomaniser, type Romaniser } from "@/lib/titles/romanise";

let romanise: Romaniser;

beforeAll(async () => {
  romanise = await loadRomaniser();
}, 30_000);

describe("loadRomaniser", () => {
  it("spells titles in Hepburn with particles lower case", async () => {
    expect(await romanise("進撃の巨人")).toBe("Shingeki no Kyojin");
    expect(await romanise("千と千尋の神隠し")).toBe("Sen to Chihiro no Kamigakushi");
    expect(await romanise("この素晴らしい世界に祝福を!")).toBe("Kono Subarashii Sekai ni Shukufuku o!");
  });

  it("reads は, へ and を as particles the way they are said", async () => {
    expect(await romanise("僕は友達が少ない")).toBe("Boku wa Tomodachi ga Sukunai");
    expect(await romanise("東京へ行こう")).toBe("Toukyou e Ikou");
    // は inside a word stays "ha".
    expect(await romanise("はたらく魔王さま!")).toBe("Hataraku Maousama!");
  });

  it("writes long vowels twice, from a kanji reading or a long-vowel mark alike, never with a macron", async () => {
    expect(await romanise("少女コーヒー")).toBe("Shoujo Koohii");
    expect(await romanise("スーパーカブ")).toBe("Suupaa Kabu");
  });

  it("puts no space before Japanese punctuation and spells it in Latin", async () => {
    expect(await romanise("君の名は。")).toBe("Kimi no Na wa.");
    expect(await romanise("魔法少女まどか☆マギカ")).toBe("Mahou Shoujo Madoka☆Magika");
  });

  it("keeps Latin parts as written, with the spacing of the title", async () => {
    expect(await romanise("Re:ゼロから始める異世界生活")).toBe("Re:Zero kara Hajimeru Isekai Seikatsu");
    expect(await romanise("劇場版 ソードアート・オンライン -オーディナル・スケール-")).toBe(
      "Gekijouban Soodo Aato Onrain -Oodinaru Sukeeru-",
    );
    expect(await romanise("ラブライブ!サンシャイン!!")).toBe("Rabu Raibu! Sanshain!!");
  });

  it("spells a word whole where the dictionary cut it after a small tsu or before a long-vowel mark", async () => {
    expect(await romanise("ぼっち・ざ・ろっく!")).toBe("Botchi Za Rokku!");
    expect(await romanise("オヨネコぶーにゃん")).toMatch(/^Oyoneko Buu/);
  });

  it("reads a title's first word as a word, not a particle", async () => {
    // The dictionary splits the rest of this title oddly; the first word must still read "he".
    expect(await romanise("へうげもの")).toMatch(/^He/);
  });

  it("spaces a subtitle between wave dashes from the title", async () => {
    expect(await romanise("劇場版 響け!ユーフォニアム～北宇治高校吹奏楽部へようこそ～")).toBe(
      "Gekijouban Hibike! Yuufoniamu ~Kita Uji Koukou Suisougakubu e Youkoso~",
    );
  });

  it("gives nothing for a title without Japanese, or with a word the dictionary cannot read", async () => {
    expect(await romanise("東京喰種トーキョーグール")).toBeNull();
    expect(await romanise("ONE PIECE")).toBeNull();
    expect(await romanise("STEINS;GATE")).toBeNull();
  });
});
