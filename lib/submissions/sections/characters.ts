import { languageName } from "@/lib/format/labels";
import { slugify } from "@/lib/format/slug";
import {
  CHARACTER_FORM_FIELD,
  CharactersValuesSchema,
  appearanceRowsFromForm,
  type CharacterChoices,
  type CharactersValues,
  type VoiceLanguage,
} from "../character-schema";
import { SectionFieldErrors } from "../errors";
import type { SectionDefinition, Tx } from "./types";

const OFFERED = 5000;

type Named = { id: number; slug: string; name: string };

/** By slug, else by a name only one row has; `named` counts the rows with that name. */
function lookup(rows: Named[], typed: string) {
  const text = typed.toLowerCase();
  const byName = rows.filter((row) => row.name.toLowerCase() === text);
  return {
    found: rows.find((row) => row.slug === text) ?? (byName.length === 1 ? byName[0] : undefined),
    named: byName,
  };
}

const slugOrName = (typed: string[]) => ({
  OR: [
    { slug: { in: typed.map((text) => text.toLowerCase()) } },
    { name: { in: typed, mode: "insensitive" as const } },
  ],
});

/**
 * The rows' characters, people and segments as ids, in three queries whatever the number of rows;
 * what does not resolve, or repeats an earlier row or voice, is an error beside its input. When
 * applying, a new character someone has created since the check is taken rather than made twice.
 */
async function resolveCharacters(tx: Tx, filmId: number, values: CharactersValues, applying = false) {
  const typedCharacters = [...new Set(values.characters.map((row) => row.character))];
  const typedPeople = [...new Set(values.characters.flatMap((row) => row.voices.map((voice) => voice.person)))];
  const select = { id: true, slug: true, name: true } as const;
  const characters = await tx.character.findMany({ where: slugOrName(typedCharacters), select });
  const people = typedPeople.length > 0 ? await tx.person.findMany({ where: slugOrName(typedPeople), select }) : [];
  const segments = await tx.segment.findMany({ where: { filmId }, select: { id: true, title: true } });

  const errors: Record<string, string[]> = {};
  const seen = new Set<string>();
  const rows = values.characters.flatMap((row, index) => {
    const key = (field: string) => `characters.${index}.${field}`;
    const { found, named } = lookup(characters, row.character);
    const sameName = named[0];
    let character: { id: number } | { newName: string } | undefined;
    if (!row.newCharacter) {
      character = found;
      if (!found) {
        errors[key("character")] = [
          named.length > 1
            ? `Several characters are called ${row.character}. Choose one from the list by their slug.`
            : `No character called ${row.character}. Choose one from the list, or tick “New character” to add them.`,
        ];
      }
    } else if (sameName && !applying) {
      errors[key("character")] = [
        `There is already a character called ${sameName.name} (${sameName.slug}). Untick “New character” to use them.`,
      ];
    } else {
      character = sameName ?? { newName: row.character };
    }
    const segment = segments.find((candidate) => candidate.title === row.segment);
    if (row.segment && !segment) errors[key("segment")] = [`This film has no segment called ${row.segment}.`];

    const voiced = new Set<string>();
    const voices = row.voices.flatMap((voice, voiceIndex) => {
      const voiceKey = key(`voices.${voiceIndex}.person`);
      const { found: person, named: namesakes } = lookup(people, voice.person);
      if (!person) {
        errors[voiceKey] = [
          namesakes.length > 1
            ? `Several people are called ${voice.person}. Choose one from the list by their slug.`
            : `No person called ${voice.person}. Choose someone from the list, or check the spelling.`,
        ];
        return [];
      }
      const identity = `${person.id}:${voice.language}`;
      if (voiced.has(identity)) {
        errors[voiceKey] = [`${person.name} already voices this character in ${languageName(voice.language)}.`];
        return [];
      }
      voiced.add(identity);
      return [{ personId: person.id, language: voice.language }];
    });

    if (!character || (row.segment && !segment)) return [];
    const identity = `${"id" in character ? character.id : `new:${character.newName.toLowerCase()}`}:${segment?.id ?? ""}`;
    if (seen.has(identity)) {
      errors[key("character")] = [
        `${row.character} is already listed${segment ? ` on ${segment.title}` : " for the whole film"}.`,
      ];
      return [];
    }
    seen.add(identity);
    return [{ character, segmentId: segment?.id ?? null, prominence: row.prominence, voices }];
  });
  // Names typed for existing characters and people are stored by slug, as read() gives them back,
  // so diffs compare like with like.
  const prepared = values.characters.map((row) => ({
    ...row,
    character: row.newCharacter ? row.character : (lookup(characters, row.character).found?.slug ?? row.character),
    voices: row.voices.map((voice) => ({ ...voice, person: lookup(people, voice.person).found?.slug ?? voice.person })),
  }));
  return { errors, rows, prepared };
}

/** Creates the named characters, each once, with free slugs ("kaneda", else "kaneda-2", ...). */
async function createCharacters(tx: Tx, names: string[]): Promise<Map<string, number>> {
  // The first spelling of a name is the one kept.
  const unique = names.filter(
    (name, index) => names.findIndex((other) => other.toLowerCase() === name.toLowerCase()) === index,
  );
  if (unique.length === 0) return new Map();
  const bases = unique.map((name) => slugify(name) || "character");
  const taken = new Set(
    (
      await tx.character.findMany({
        where: { OR: bases.map((base) => ({ slug: { startsWith: base } })) },
        select: { slug: true },
      })
    ).map((row) => row.slug),
  );
  const data = unique.map((name, index) => {
    const base = bases[index]!;
    let slug = base;
    for (let suffix = 2; taken.has(slug); suffix += 1) slug = `${base}-${suffix}`;
    taken.add(slug);
    return { name, slug };
  });
  const created = await tx.character.createManyAndReturn({ data, select: { id: true, slug: true } });
  const idBySlug = new Map(created.map((row) => [row.slug, row.id]));
  return new Map(data.map((row) => [row.name.toLowerCase(), idBySlug.get(row.slug)!]));
}

export const characters: SectionDefinition<CharactersValues> = {
  id: "characters",
  entityType: "FILM",
  title: "Characters & Voice Actors",
  fields: { characters: "Characters" },
  schema: CharactersValuesSchema,
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
        voices: row.voiceCredits.map((voice) => ({
          person: voice.person.slug,
          // Written only through this schema, so the tag is one of its languages.
          language: voice.language as VoiceLanguage,
        })),
      })),
    };
  },
  async prepare(tx, filmId, values) {
    return { characters: (await resolveCharacters(tx, filmId, values)).prepared };
  },
  async check(tx, filmId, values) {
    return (await resolveCharacters(tx, filmId, values)).errors;
  },
  async write(tx, filmId, values) {
    const { errors, rows } = await resolveCharacters(tx, filmId, values, true);
    // Someone may have removed a character, person or segment between the submission and its approval.
    if (Object.keys(errors).length > 0) throw new SectionFieldErrors(errors);
    const created = await createCharacters(
      tx,
      rows.flatMap((row) => ("newName" in row.character ? [row.character.newName] : [])),
    );
    // Their voice credits go with them, by the foreign key's cascade.
    await tx.characterAppearance.deleteMany({ where: { filmId } });
    const appearances = await tx.characterAppearance.createManyAndReturn({
      data: rows.map((row, index) => ({
        filmId,
        characterId: "id" in row.character ? row.character.id : created.get(row.character.newName.toLowerCase())!,
        segmentId: row.segmentId,
        prominence: row.prominence,
        position: index + 1,
      })),
      select: { id: true, position: true },
    });
    // Matched by position, which this film's rows now hold once each; RETURNING promises no order.
    const idAt = new Map(appearances.map((appearance) => [appearance.position, appearance.id]));
    await tx.voiceCredit.createMany({
      data: rows.flatMap((row, index) => row.voices.map((voice) => ({ ...voice, appearanceId: idAt.get(index + 1)! }))),
    });
  },
  async choices(tx, filmId): Promise<CharacterChoices> {
    const select = { slug: true, name: true } as const;
    const characters = await tx.character.findMany({ orderBy: { name: "asc" }, take: OFFERED, select });
    const people = await tx.person.findMany({ orderBy: { name: "asc" }, take: OFFERED, select });
    const segments = await tx.segment.findMany({
      where: { filmId },
      orderBy: { position: "asc" },
      select: { title: true },
    });
    return { characters, people, segments: segments.map((segment) => segment.title) };
  },
};
