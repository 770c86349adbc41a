import type { Prominence } from "../../../lib/generated/prisma/enums";
import {
  emptyEntryColumns,
  type AppearanceColumns,
  type EntryColumns,
  type Existing,
  type FilmModel,
  type PeopleColumns,
  type VoiceColumns,
} from "./model";

import type { CatalogueCounts } from "./plan";
import { apportion, Random, ZipfPicker } from "./random";
import { SlugAllocator } from "./slugs";
import { addedAt } from "./time";
import { inventedName, japaneseName } from "./titles";
import { CHARACTER_ROLES, CHARACTER_TRAITS } from "./vocabulary";

const VOICES_PER_APPEARANCE = 2;
const OTHER_LANGUAGES = ["fr", "de", "es", "it", "ko", "zh", "pt"] as const;

export function generateCharacters(counts: CatalogueCounts, existing: Existing): EntryColumns {
  const random = new Random("characters");
  const slugs = new SlugAllocator(existing.characterSlugs);
  const characters = emptyEntryColumns();
  for (let index = 0; index < counts.characters; index += 1) {
    const kind = random.weighted([45, 20, 35]);
    const { name, nativeName } =
      kind === 0
        ? japaneseName(random)
        : kind === 1
          ? { name: japaneseName(random).name.split(" ")[0]!, nativeName: null }
          : inventedName(random);
    characters.name.push(name);
    characters.nativeName.push(kind === 1 ? null : nativeName);
    characters.slug.push(slugs.claim(name, "character"));
    const role = random.pick(CHARACTER_ROLES);
    characters.deck.push(random.chance(0.8) ? `${random.pick(CHARACTER_TRAITS)} ${role}.` : "");
    characters.text.push(
      random.chance(0.4)
        ? `${name} is a ${role} who rarely says what they mean. Fans remember the scene on the rooftop.`
        : "",
    );
    characters.createdAt.push(addedAt(random, index, counts.characters));
  }
  return characters;
}

/**
 * Appearances of characters in films, each voiced by one to three people, exactly
 * `counts.voiceCredits` voice credits in all. A franchise's films share many of their characters;
 * every character appears at least once while there are appearances to go round.
 */
export function generateAppearances(options: { counts: CatalogueCounts; films: FilmModel[]; people: PeopleColumns }): {
  appearances: AppearanceColumns;
  voices: VoiceColumns;
} {
  const random = new Random("appearances");
  const { counts, films, people } = options;
  const total = Math.max(1, Math.round(counts.voiceCredits / VOICES_PER_APPEARANCE));
  const perFilm = apportion(
    random,
    total,
    films.map((film) => (film.format === "TV" ? 2 : 1) * (0.3 + random.next())),
    { min: 0, max: 250 },
  );
  const voicesPer = apportion(
    random,
    counts.voiceCredits,
    Array.from({ length: total }, () => 0.5 + random.next()),
    { min: 1, max: 3 },
  );
  const japanese = people.kinds.flatMap((kind, index) => (kind === "japanese-voice" ? [index] : []));
  const foreign = people.kinds.flatMap((kind, index) => (kind === "foreign-voice" ? [index] : []));
  const japanesePicker = new ZipfPicker(random, japanese.length, { exponent: 0.9, offset: 300 });
  const foreignPicker = new ZipfPicker(random, foreign.length, { exponent: 0.9, offset: 300 });

  const appearances: AppearanceColumns = {
    character: new Int32Array(total),
    film: new Int32Array(total),
    segment: new Int32Array(total),
    prominence: [],
    voiceStart: new Int32Array(total + 1),
  };
  const voices: VoiceColumns = { person: new Int32Array(counts.voiceCredits), language: [] };
  const franchiseCast = new Map<number, number[]>();
  let nextCharacter = 0;
  let appearance = 0;
  let voice = 0;

  films.forEach((film, filmIndex) => {
    film.appearanceStart = appearance;
    const cast = film.franchise >= 0 ? (franchiseCast.get(film.franchise) ?? []) : [];
    const used = new Set<string>();
    let attempts = 0;
    while (appearance - film.appearanceStart < perFilm[filmIndex]! && attempts < 1000) {
      attempts += 1;
      const reuse = cast.length > 0 && random.chance(0.5);
      const character = reuse
        ? random.pick(cast)
        : nextCharacter < counts.characters
          ? nextCharacter++
          : random.int(0, counts.characters - 1);
      const segment = film.segments.length > 0 && random.chance(0.6) ? random.int(0, film.segments.length - 1) : -1;
      if (used.has(`${character}:${segment}`)) continue;
      used.add(`${character}:${segment}`);
      if (!reuse && film.franchise >= 0) cast.push(character);
      appearances.character[appearance] = character;
      appearances.film[appearance] = filmIndex;
      appearances.segment[appearance] = segment;
      appearances.prominence.push(prominence(random, appearance - film.appearanceStart));
      appearances.voiceStart[appearance] = voice;
      const languages = castLanguages(random, voicesPer[appearance]!);
      for (const language of languages) {
        const pool = language === "ja" ? japanese : foreign;
        const picker = language === "ja" ? japanesePicker : foreignPicker;
        voices.person[voice] = pool.length > 0 ? pool[picker.pick(random)]! : 0;
        voices.language.push(language);
        voice += 1;
      }
      appearance += 1;
    }
    if (film.franchise >= 0) franchiseCast.set(film.franchise, cast);
    film.appearanceCount = appearance - film.appearanceStart;
  });
  appearances.voiceStart[appearance] = voice;
  // Films whose quota could not be met leave a few appearances unused; trim to what was made.
  return {
    appearances: {
      ...appearances,
      character: appearances.character.subarray(0, appearance),
      film: appearances.film.subarray(0, appearance),
      segment: appearances.segment.subarray(0, appearance),
      voiceStart: appearances.voiceStart.subarray(0, appearance + 1),
    },
    voices: { person: voices.person.subarray(0, voice), language: voices.language },
  };
}

/** The first few characters of a film are its leads. */
function prominence(random: Random, position: number): Prominence {
  if (position < 2) return "MAIN";
  return random.chance(0.6) ? "SUPPORTING" : "MINOR";
}

/** Distinct languages, Japanese first: the original cast, then dubs. */
function castLanguages(random: Random, count: number): string[] {
  const languages = ["ja"];
  if (count >= 2) languages.push(random.chance(0.8) ? "en" : random.pick(OTHER_LANGUAGES));
  while (languages.length < count) {
    const language = random.chance(0.5) ? "en" : random.pick(OTHER_LANGUAGES);
    if (!languages.includes(language)) languages.push(language);
  }
  return languages;
}
