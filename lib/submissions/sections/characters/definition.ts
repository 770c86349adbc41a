import { rowField } from "@/lib/forms/numbered-rows";
import { languageName, prominenceLabel } from "@/lib/format/labels";
import {
  CHARACTER_FORM_FIELD,
  CharactersValuesSchema,
  appearanceRowsFromForm,
  type CharacterChoices,
  type AppearanceValue,
  type CharactersValues,
  type VoiceLanguage,
  type VoiceValue,
} from "./schema";
import { SectionFieldErrors } from "../../errors";
import {
  createNamed,
  idOf,
  newNames,
  refIdentity,
  refName,
  resolveNamed,
  slugOrName,
  storedName,
  withNamesakeDetails,
} from "../named-entries";
import { CHARACTER, PERSON } from "../named-kinds";
import { episodesByCode, workPartChoices } from "../part-lookup";
import { episodeCode } from "@/lib/episodes/codes";
import { pickerEntries } from "@/lib/search/entry-works";
import type { EntryNames } from "../../display";
import type { SectionDefinition, Tx } from "../types";

/**
 * The rows' characters, people and segments as ids, in three queries whatever the number of rows;
 * what does not resolve, or repeats an earlier row or voice, is an error beside its input. When
 * applying, a new character or person someone has created since the check is taken rather than made twice.
 */
async function resolveCharacters(tx: Tx, filmId: number, values: CharactersValues, applying = false) {
  const typedCharacters = [...new Set(values.characters.map((row) => row.character))];
  const typedPeople = [...new Set(values.characters.flatMap((row) => row.voices.map((voice) => voice.person)))];
  const select = { id: true, slug: true, name: true } as const;
  const characters = await withNamesakeDetails(
    tx,
    CHARACTER,
    await tx.character.findMany({ where: slugOrName(typedCharacters), select }),
  );
  const people =
    typedPeople.length > 0
      ? await withNamesakeDetails(tx, PERSON, await tx.person.findMany({ where: slugOrName(typedPeople), select }))
      : [];
  const segments = await tx.segment.findMany({ where: { filmId }, select: { id: true, title: true } });
  const episodes = await episodesByCode(tx, filmId);

  const errors: Record<string, string[]> = {};
  const seen = new Set<string>();
  const rows = values.characters.flatMap((row, index) => {
    const key = (field: string) => rowField("characters", index, field);
    const resolved = resolveNamed(CHARACTER, characters, row.character, row.newCharacter, applying);
    if ("error" in resolved) errors[key("character")] = [resolved.error];
    const character = "ref" in resolved ? resolved.ref : undefined;
    const segment = segments.find((candidate) => candidate.title === row.segment);
    if (row.segment && !segment) errors[key("segment")] = [`This film has no segment called ${row.segment}.`];
    const episode = row.episode ? episodes.get(row.episode) : undefined;
    if (row.episode && !episode) errors[key("episode")] = [`This series has no episode ${row.episode}.`];

    const voiced = new Set<string>();
    const voices = row.voices.flatMap((voice, voiceIndex) => {
      const voiceKey = key(`voices.${voiceIndex}.person`);
      const resolvedPerson = resolveNamed(PERSON, people, voice.person, voice.newPerson ?? false, applying);
      if ("error" in resolvedPerson) {
        errors[voiceKey] = [resolvedPerson.error];
        return [];
      }
      const person = resolvedPerson.ref;
      const identity = `${refIdentity(person)}:${voice.language}`;
      if (voiced.has(identity)) {
        errors[voiceKey] = [
          `${refName(person, people)} already voices this character in ${languageName(voice.language)}.`,
        ];
        return [];
      }
      voiced.add(identity);
      return [{ person, language: voice.language }];
    });

    if (!character || (row.segment && !segment) || (row.episode && !episode)) return [];
    const identity = `${refIdentity(character)}:${segment?.id ?? ""}:${episode?.id ?? ""}`;
    if (seen.has(identity)) {
      const part = segment ? ` on ${segment.title}` : episode ? ` on ${episode.label}` : " for the whole work";
      errors[key("character")] = [`${row.character} is already listed${part}.`];
      return [];
    }
    seen.add(identity);
    return [
      {
        character,
        segmentId: segment?.id ?? null,
        episodeId: episode?.id ?? null,
        prominence: row.prominence,
        voices,
      },
    ];
  });
  const prepared = values.characters.map((row) => ({
    ...row,
    character: storedName(characters, row.character, row.newCharacter),
    voices: row.voices.map((voice) => ({
      ...voice,
      person: storedName(people, voice.person, voice.newPerson ?? false),
    })),
  }));
  return { errors, rows, prepared };
}

const personName = (voice: VoiceValue, names: EntryNames) =>
  voice.newPerson ? `${voice.person} (new person)` : (names.people[voice.person] ?? voice.person);

function characterLine(row: AppearanceValue, _index: number, names: EntryNames): string {
  const name = row.newCharacter
    ? `${row.character} (new character)`
    : (names.characters[row.character] ?? row.character);
  const segment = row.segment ? ` (${row.segment})` : row.episode ? ` (episode ${row.episode})` : "";
  const voices = row.voices.map((voice) => `${languageName(voice.language)}: ${personName(voice, names)}`).join("; ");
  return `${name} — ${prominenceLabel(row.prominence)}${segment}${voices ? `: ${voices}` : ""}`;
}

export const characters: SectionDefinition<CharactersValues> = {
  id: "characters",
  entityType: "FILM",
  title: "Characters & Voice Actors",
  fields: { characters: "Characters" },
  schema: CharactersValuesSchema,
  // The characters' and their voice actors' pages list the film.
  shownElsewhere: true,
  rowKey: { characters: (row) => `${row.character.toLowerCase()}:${row.segment}:${row.episode ?? ""}` },
  display: { characters: { line: characterLine } },
  namedEntries: {
    characters: (row) => ({
      characters: row.newCharacter ? [] : [row.character],
      people: (row.voices ?? []).flatMap((voice) => (voice.newPerson ? [] : [voice.person])),
    }),
  },
  formField: CHARACTER_FORM_FIELD,
  fromForm: (fields) => ({ characters: appearanceRowsFromForm(fields) }),
  async read(tx, filmId) {
    const rows = await tx.characterAppearance.findMany({
      where: { filmId },
      orderBy: [{ position: "asc" }, { id: "asc" }],
      select: {
        prominence: true,
        character: { select: { slug: true } },
        segment: { select: { title: true } },
        episode: { select: { kind: true, number: true } },
        voiceCredits: {
          orderBy: { id: "asc" },
          select: { language: true, person: { select: { slug: true } } },
        },
      },
    });
    return {
      characters: rows.map((row) => ({
        character: row.character.slug,
        newCharacter: false,
        prominence: row.prominence,
        segment: row.segment?.title ?? "",
        ...(row.episode ? { episode: episodeCode(row.episode) } : {}),
        voices: row.voiceCredits.map((voice) => ({
          person: voice.person.slug,
          // Written only through this schema, so the tag is one of its languages.
          language: voice.language as VoiceLanguage,
        })),
      })),
    };
  },
  async resolve(tx, filmId, values) {
    const { prepared, errors } = await resolveCharacters(tx, filmId, values);
    return { values: { characters: prepared }, errors };
  },
  async write(tx, filmId, values) {
    const { errors, rows } = await resolveCharacters(tx, filmId, values, true);
    // Someone may have removed a character, person or segment between the submission and its approval.
    if (Object.keys(errors).length > 0) throw new SectionFieldErrors(errors);
    const created = await createNamed(tx, CHARACTER, newNames(rows.map((row) => row.character)));
    // Once each, however many rows name them.
    const createdPeople = await createNamed(
      tx,
      PERSON,
      newNames(rows.flatMap((row) => row.voices.map((voice) => voice.person))),
    );
    // Their voice credits go with them, by the foreign key's cascade.
    await tx.characterAppearance.deleteMany({ where: { filmId } });
    const appearances = await tx.characterAppearance.createManyAndReturn({
      data: rows.map((row, index) => ({
        filmId,
        characterId: idOf(row.character, created),
        segmentId: row.segmentId,
        episodeId: row.episodeId,
        prominence: row.prominence,
        position: index + 1,
      })),
      select: { id: true, position: true },
    });
    // Matched by position, which this film's rows now hold once each; RETURNING promises no order.
    const idAt = new Map(appearances.map((appearance) => [appearance.position, appearance.id]));
    await tx.voiceCredit.createMany({
      data: rows.flatMap((row, index) =>
        row.voices.map((voice) => ({
          personId: idOf(voice.person, createdPeople),
          language: voice.language,
          appearanceId: idAt.get(index + 1)!,
        })),
      ),
    });
  },
  async choices(tx, filmId): Promise<CharacterChoices> {
    const appearances = await tx.characterAppearance.findMany({
      where: { filmId },
      select: { characterId: true, voiceCredits: { select: { personId: true } } },
    });
    return {
      ...(await workPartChoices(tx, filmId)),
      characters: await pickerEntries(
        tx,
        "character",
        appearances.map((appearance) => appearance.characterId),
      ),
      people: await pickerEntries(
        tx,
        "person",
        appearances.flatMap((appearance) => appearance.voiceCredits.map((voice) => voice.personId)),
      ),
    };
  },
};
