"use client";

import { useFormAction } from "@/components/forms/use-form-action";
import { FormMessage } from "@/components/forms/form-message";
import { RowListFieldset } from "@/components/forms/row-list-fieldset";
import { optionsWith, SelectField } from "@/components/forms/select-field";
import { rowField, rowNamer } from "@/lib/forms/numbered-rows";
import { languageName, prominenceLabel } from "@/lib/format/labels";
import {
  appearanceRowsFromForm,
  PROMINENCES,
  VOICE_LANGUAGES,
  type AppearanceRow,
  type CharacterChoices,
  type CharactersValues,
  type VoiceRow,
} from "@/lib/submissions/sections/characters/schema";
import type { NamedEntry } from "@/lib/search/entry-summary";
import { CHARACTER, PERSON } from "@/lib/submissions/sections/named-kinds";
import { NamedEntryPick } from "./named-entry-pick";
import { WorkPartPick } from "./work-part-pick";
import { formFeedback, type EditFormProps, type FieldErrors, type RowFieldsProps } from "./edit-form-types";
import { EditFormActions, EditMetaFields } from "./edit-meta-fields";

type Posted = Record<string, string | undefined> | null;
type Option = { value: string; label: string };

const prominences: Option[] = [
  { value: "", label: "Choose…" },
  ...PROMINENCES.map((prominence) => ({ value: prominence, label: prominenceLabel(prominence) })),
];

const languages: Option[] = [
  { value: "", label: "Choose a language…" },
  ...VOICE_LANGUAGES.map((code) => ({ value: code, label: languageName(code) })),
];

const blankVoice: VoiceRow = { person: "", language: "" };

function VoiceFields({
  name,
  voices,
  errors,
  posted,
  people,
}: {
  name: string;
  voices: AppearanceRow["voices"];
  errors: FieldErrors;
  posted: Posted;
  people: NamedEntry[];
}) {
  return (
    <div className="sm:col-span-2">
      <RowListFieldset
        name={`${name}.voices`}
        legend="Voice actors"
        legendClassName="text-sm font-medium"
        errors={errors[`${name}.voices`]}
        rows={voices}
        blank={blankVoice}
        posted={posted}
        noun="voice actor"
        several={false}
        startEmpty={1}
        row={{ legend: (index) => `Voice ${index + 1}`, className: "sm:grid-cols-2" }}
        renderRow={(voice, index) => {
          const field = rowNamer<VoiceRow>(`${name}.voices`, index);
          return (
            <>
              <NamedEntryPick
                kind={PERSON}
                name={field("person")}
                tickName={field("newPerson")}
                value={voice.person}
                isNew={voice.newPerson ?? false}
                known={people}
                errors={errors[field("person")]}
              />
              <SelectField
                name={field("language")}
                label="Language"
                options={optionsWith(languages, voice.language)}
                defaultValue={voice.language}
                errors={errors[field("language")]}
              />
            </>
          );
        }}
      />
    </div>
  );
}

function AppearanceFields({
  index,
  row,
  errors,
  posted,
  choices,
}: RowFieldsProps<AppearanceRow, { posted: Posted; choices: CharacterChoices }>) {
  const name = rowField("characters", index);
  const field = rowNamer<AppearanceRow>("characters", index);
  return (
    <>
      <NamedEntryPick
        kind={CHARACTER}
        name={field("character")}
        tickName={field("newCharacter")}
        value={row.character}
        isNew={row.newCharacter}
        known={choices.characters}
        errors={errors[field("character")]}
      />
      <SelectField
        name={field("prominence")}
        label="Prominence"
        options={optionsWith(prominences, row.prominence)}
        defaultValue={row.prominence}
        errors={errors[field("prominence")]}
      />
      <WorkPartPick
        choices={choices}
        segment={{ name: field("segment"), value: row.segment }}
        episode={{ name: field("episode"), value: row.episode ?? "" }}
        errors={errors}
      />
      <VoiceFields name={name} voices={row.voices} errors={errors} posted={posted} people={choices.people} />
    </>
  );
}

const blankRow: AppearanceRow = {
  character: "",
  newCharacter: false,
  prominence: "",
  segment: "",
  voices: [],
};

/** A film's characters, in order: who, how prominent, in which segment, and who voices them. */
export function CharactersEditForm({
  action,
  values,
  choices,
  meta,
  cancelHref,
}: EditFormProps<CharactersValues> & { choices: CharacterChoices }) {
  const [state, formAction] = useFormAction(action, null);
  const { errors, posted } = formFeedback(state);
  return (
    <form action={formAction} className="space-y-6" noValidate>
      <FormMessage state={state} />
      <RowListFieldset
        name="characters"
        legend="Characters"
        hint="One row per character, in the order they are listed. Type a character's name or pick them from the suggestions; for one Keyframe does not have yet, type their name and tick “New character”, and they are created when the edit is approved. Choose the segment or episode when the character appears in that part only, and add their voice actors with the language they performed in (tick “New person” for one Keyframe does not have yet). Fill in an empty row to add a character, or add more rows; clear a row to remove it."
        errors={errors.characters}
        rows={posted ? appearanceRowsFromForm(posted) : values.characters}
        blank={blankRow}
        posted={posted}
        noun="character"
        row={{ legend: (index) => `Character ${index + 1}`, className: "sm:grid-cols-2" }}
        orderHint="Change the number to move this character: 0 puts it first, 2.5 between the second and third."
        renderRow={(row, index) => (
          <AppearanceFields index={index} row={row} errors={errors} posted={posted} choices={choices} />
        )}
      />
      <EditMetaFields meta={meta} errors={errors} posted={posted} />
      <EditFormActions cancelHref={cancelHref} />
    </form>
  );
}
