import { EntryPicker } from "@/components/forms/entry-picker";
import type { NamedEntry } from "@/lib/search/entry-summary";
import type { NamedKind } from "@/lib/submissions/sections/named-kinds";

type Props = {
  /** PERSON, CHARACTER or STUDIO from `named-kinds`: what the row names, and its tick's label. */
  kind: NamedKind;
  /** The row's input names: the entry's, and its "New …" tick's. */
  name: string;
  tickName: string;
  value: string;
  isNew: boolean;
  /** The entries the form already names, so the box shows their names rather than slugs. */
  known: readonly NamedEntry[];
  errors?: string[];
};

const capitalised = (noun: string) => noun.charAt(0).toUpperCase() + noun.slice(1);

/**
 * A row's person, character or studio: picked by name from the search, or typed with the “New …”
 * box ticked for one Keyframe lacks, created when the edit is approved. Credits, voices, characters
 * and companies share it, so every row that names an entry can name a new one.
 */
export function NamedEntryPick({ kind, name, tickName, value, isNew, known, errors }: Props) {
  return (
    <>
      <EntryPicker
        name={name}
        label={capitalised(kind.noun)}
        kind={kind.plural}
        defaultValue={value}
        entry={known.find((entry) => entry.slug === value)}
        errors={errors}
      />
      <label className="flex items-center gap-2 self-end pb-2 text-sm">
        <input type="checkbox" name={tickName} value="on" defaultChecked={isNew} />
        {kind.tick}
      </label>
    </>
  );
}
