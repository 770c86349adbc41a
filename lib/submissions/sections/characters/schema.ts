import { z } from "zod";
import type { NamedEntry } from "@/lib/search/entry-summary";
import { postedRows, rowNames } from "@/lib/forms/numbered-rows";
import { byOrderInput } from "@/lib/forms/ordering";
import { textField } from "@/lib/forms/text";
import { episodeField, newPersonTick, rowList, withEpisode, withNewPerson } from "../shared-schema";
import type { WorkPartChoices } from "../work-parts";

export const VOICES_MAX = 20;

/** The languages a voice credit can be in, in the order the form offers them. */
export const VOICE_LANGUAGES = ["ja", "en", "fr", "de", "es", "it", "ko", "zh", "pt"] as const;

export type VoiceLanguage = (typeof VOICE_LANGUAGES)[number];

export const PROMINENCES = ["MAIN", "SUPPORTING", "MINOR"] as const;

export const VoiceValueSchema = z
  .strictObject({
    /**
     * A person's slug, or their name as typed; the mutation resolves it against the people table.
     * With `newPerson`, the name of a person to create.
     */
    person: textField()
      .trim()
      .min(1, "Choose a voice actor, or clear the row to remove them.")
      .max(200, "No person has a name this long."),
    language: z.enum(VOICE_LANGUAGES, "Choose the language of this performance."),
    newPerson: newPersonTick,
  })
  .transform(withNewPerson);

export type VoiceValue = z.infer<typeof VoiceValueSchema>;

export const AppearanceValueSchema = z
  .strictObject({
    /** A character's slug or name; with `newCharacter`, the name of a character to create. */
    character: textField()
      .trim()
      .min(1, "Choose a character, or clear the row to remove them.")
      .max(200, "Character names are at most 200 characters."),
    /** Asked for explicitly, so a misspelt name is refused rather than made into a new character. */
    newCharacter: z.boolean(),
    prominence: z.enum(PROMINENCES, "Choose how prominent the character is."),
    /** The title of one of the film's segments; empty for the whole film. */
    segment: textField().trim().max(300, "No segment has a title this long."),
    /** One of the series' episodes by code ("3", "s1"); empty for the whole work. */
    episode: episodeField,
    voices: z.array(VoiceValueSchema).max(VOICES_MAX, `At most ${VOICES_MAX} voice actors per character.`),
  })
  .transform(withEpisode);

export type AppearanceValue = z.infer<typeof AppearanceValueSchema>;

export const CharactersValuesSchema = z.strictObject({
  characters: rowList(AppearanceValueSchema, "characters"),
});

export type CharactersValues = z.infer<typeof CharactersValuesSchema>;

/** What the characters form offers: the work's parts; and the characters and people it names, for their pickers. */
export type CharacterChoices = WorkPartChoices & {
  characters: NamedEntry[];
  people: NamedEntry[];
};

const APPEARANCE_FIELDS = ["order", "character", "newCharacter", "prominence", "segment", "episode"] as const;
const VOICE_FIELDS = ["person", "newPerson", "language"] as const;

export const CHARACTER_FORM_FIELD = new RegExp(
  `^${rowNames("characters", [...APPEARANCE_FIELDS, rowNames("voices", VOICE_FIELDS, 2)])}$`,
);

/** A row as posted, before the schema: its select and checkbox may hold anything. */
export type AppearanceRow = {
  character: string;
  newCharacter: boolean;
  prominence: string;
  segment: string;
  episode?: string;
  voices: VoiceRow[];
};

/** A voice row as posted; `newPerson` is there only when ticked. */
export type VoiceRow = { person: string; newPerson?: true; language: string };

const blankVoice = (voice: VoiceRow) => !voice.person.trim() && !voice.newPerson && !voice.language;

const blankAppearance = (row: AppearanceRow) =>
  !row.character.trim() &&
  !row.newCharacter &&
  !row.prominence &&
  !row.segment.trim() &&
  !row.episode?.trim() &&
  row.voices.length === 0;

/**
 * The posted characters.<n>.* rows and their voices.<m>.* sub-rows in the order their Order inputs
 * ask for, empty ones dropped. The form rebuilds a failed post with this too, because the server's
 * error keys ("characters.2.voices.1.person") count only these rows.
 */
export function appearanceRowsFromForm(fields: Record<string, string | undefined>): AppearanceRow[] {
  return byOrderInput(
    postedRows(fields, "characters", APPEARANCE_FIELDS)
      .map(({ index, values: { order, ...values }, inner }) => ({
        index,
        order,
        row: withEpisode({
          ...values,
          newCharacter: values.newCharacter !== "",
          voices: postedRows(inner, "voices", VOICE_FIELDS)
            // A ticked checkbox posts its value; an unticked one posts nothing.
            .map(({ values: { newPerson, ...voice } }): VoiceRow => (newPerson ? { ...voice, newPerson: true } : voice))
            .filter((voice) => !blankVoice(voice)),
        }),
      }))
      .filter(({ row }) => !blankAppearance(row)),
  );
}
