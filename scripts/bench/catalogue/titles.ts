import type { Faker } from "@faker-js/faker";
import type { Random } from "./random";
import {
  ADJECTIVES,
  FAMILY_NAMES,
  FINAL_N,
  GIVEN_NAMES,
  NOUNS,
  PREMISE_GOALS,
  PREMISE_SETTINGS,
  PREMISE_SUBJECTS,
  SYLLABLES,
} from "./vocabulary";

/** A work's title in its two Latin forms and in Japanese. */
export type Title = { english: string; romaji: string; native: string };

/** A title made of the word lists: "Crimson Moon", "Hoshi no Kioku", "The Wolf of the Lost Sea"... */
export function makeTitle(random: Random): Title {
  const noun = random.pick(NOUNS);
  const other = random.pick(NOUNS);
  const adjective = random.pick(ADJECTIVES);
  switch (random.weighted([4, 3, 2, 2, 1, 1, 1])) {
    case 0:
      return {
        english: `${adjective[0]} ${noun[0]}`,
        romaji: `${adjective[2]} ${noun[1]}`,
        native: `${adjective[1]}${noun[2]}`,
      };
    case 1:
      return {
        english: `The ${noun[0]} of ${other[0]}`,
        romaji: `${other[1]} no ${noun[1]}`,
        native: `${other[2]}の${noun[2]}`,
      };
    case 2:
      return {
        english: `${noun[0]} and ${other[0]}`,
        romaji: `${noun[1]} to ${other[1]}`,
        native: `${noun[2]}と${other[2]}`,
      };
    case 3:
      return {
        english: `The ${noun[0]} of the ${adjective[0]} ${other[0]}`,
        romaji: `${adjective[2]} ${other[1]} no ${noun[1]}`,
        native: `${adjective[1]}${other[2]}の${noun[2]}`,
      };
    case 4:
      return { english: `Your ${noun[0]}`, romaji: `Kimi no ${noun[1]}`, native: `君の${noun[2]}` };
    case 5:
      return {
        english: `${noun[0]} Chronicles`,
        romaji: `${noun[1]} Senki`,
        native: `${noun[2]}戦記`,
      };
    default:
      return {
        english: `A ${noun[0]} Story`,
        romaji: `${noun[1]} Monogatari`,
        native: `${noun[2]}物語`,
      };
  }
}

/** The title of a later entry of a franchise: a season, a film, a subtitle. */
export function sequelTitle(random: Random, base: Title, index: number, format: string): Title {
  if (format === "TV" && random.chance(0.6)) {
    const season = index + 1;
    return {
      english: `${base.english} Season ${season}`,
      romaji: `${base.romaji} ${season}${ordinalSuffix(season)} Season`,
      native: `${base.native} 第${season}期`,
    };
  }
  if (format === "FILM" && random.chance(0.5)) {
    return {
      english: `${base.english}: The Movie`,
      romaji: `Gekijouban ${base.romaji}`,
      native: `劇場版 ${base.native}`,
    };
  }
  const subtitle = makeTitle(random);
  return {
    english: `${base.english}: ${subtitle.english}`,
    romaji: `${base.romaji}: ${subtitle.romaji}`,
    native: `${base.native} ${subtitle.native}`,
  };
}

function ordinalSuffix(n: number): string {
  if (n % 100 >= 11 && n % 100 <= 13) return "th";
  return ["th", "st", "nd", "rd"][n % 10] ?? "th";
}

/** A Japanese name, family name first in Japanese and last in romaji, as credits print them. */
export function japaneseName(random: Random): { name: string; nativeName: string } {
  const family = random.pick(FAMILY_NAMES);
  const given = random.pick(GIVEN_NAMES);
  return { name: `${given[0]} ${family[0]}`, nativeName: `${family[1]}${given[1]}` };
}

/** A name for an English-language dub actor or foreign staff: no native name. */
export function westernName(faker: Faker): { name: string; nativeName: null } {
  return { name: `${faker.person.firstName()} ${faker.person.lastName()}`, nativeName: null };
}

/** An invented name ("Kiran", "Serafiria") with its katakana, as fantasy characters have. */
export function inventedName(random: Random): { name: string; nativeName: string } {
  let romaji = "";
  let katakana = "";
  const length = random.int(2, 4);
  for (let index = 0; index < length; index += 1) {
    const [latin, kana] = random.pick(SYLLABLES);
    romaji += latin;
    katakana += kana;
  }
  if (random.chance(0.25)) {
    romaji += FINAL_N[0];
    katakana += FINAL_N[1];
  }
  return { name: romaji.charAt(0).toUpperCase() + romaji.slice(1), nativeName: katakana };
}

/** "A young pilot must find a way home in a rebuilt Tokyo." */
export function premise(random: Random): string {
  const sentence = `${random.pick(PREMISE_SUBJECTS)} ${random.pick(PREMISE_GOALS)} ${random.pick(PREMISE_SETTINGS)}`;
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`;
}

/** A typo a searcher might make: two letters swapped inside the title's longest word. */
export function misspell(text: string): string {
  const words = text.split(" ");
  const longest = words.reduce((best, word, index) => (word.length >= words[best]!.length ? index : best), 0);
  const letters = [...words[longest]!];
  for (let index = 1; index < letters.length - 1; index += 1) {
    if (
      /\p{Ll}/u.test(letters[index]!) &&
      /\p{Ll}/u.test(letters[index + 1]!) &&
      letters[index] !== letters[index + 1]
    ) {
      [letters[index], letters[index + 1]] = [letters[index + 1]!, letters[index]!];
      words[longest] = letters.join("");
      return words.join(" ");
    }
  }
  return `${text}e`;
}
