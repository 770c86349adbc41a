import { EntryPicker } from "@/components/forms/entry-picker";
import type { NamedEntry } from "@/lib/search/entry-summary";
import { CHARACTER, PERSON } from "@/lib/submissions/sections/named-kinds";

const KINDS = {
  people: { label: "Person", tick: PERSON.tick },
  characters: { label: "Character", tick: CHARACTER.tick },
} as const;

type Props = {
  kind: keyof typeof KINDS;
  /** The row's input names: the entry's, and its "New …" tick's. */
  name: string;
  tickName: string;
  value: string;
  isNew: boolean;
  /** The entries the form already names, so the box shows their names rather than slugs. */
  known: readonly NamedEntry[];
  errors?: string[];
};

/**
 * A row's person or character: picked by name from the search, or typed with the “New person”
 * (“New character”) box ticked for one Keyframe lacks, created when the edit is approved. Credits,
 * voices and characters share it, so every row that names someone can name someone new.
 */
export function NamedEntryPick({ kind, name, tickName, value, isNew, known, errors }: Props) {
  return (
    <>
      <EntryPicker
        name={name}
        label={KINDS[kind].label}
        kind={kind}
        defaultValue={value}
        entry={known.find((entry) => entry.slug === value)}
        errors={errors}
      />
      <label className="flex items-center gap-2 self-end pb-2 text-sm">
        <input type="checkbox" name={tickName} value="on" defaultChecked={isNew} />
        {KINDS[kind].tick}
      </label>
    </>
  );
}
