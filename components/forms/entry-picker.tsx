"use client";

import { useCombobox, type UseComboboxState, type UseComboboxStateChangeOptions } from "downshift";
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from "react";
import { comboboxFieldProps } from "@/components/layout/combobox-field";
import { SuggestionItems } from "@/components/layout/suggestion-items";
import { useSearchResults, type Suggestion } from "@/components/layout/use-suggestions";
import { fieldControlId } from "@/lib/forms/error-summary";
import { entryDetails, type EntrySummary, type NamedEntry } from "@/lib/search/entry-summary";
import { FieldShell } from "./field-shell";

/** The kinds of entry a picker offers, as the search API and the entries' paths spell them. */
export type PickerKind = "people" | "characters" | "films" | "studios";

type Option = Suggestion & { entry: EntrySummary };

const SUGGESTED = 8;
const { InputChange, ControlledPropUpdatedSelectedItem, InputKeyDownEscape, InputBlur } = useCombobox.stateChangeTypes;

const optionOf = (kind: PickerKind, entry: EntrySummary): Option => ({
  label: entry.name,
  detail: entryDetails(entry),
  href: `/${kind}/${entry.slug}`,
  entry,
});

const noSubscription = () => () => {};

/** False while the server's HTML is all there is, true once React runs here: the picker's script is working. */
const useScripted = () =>
  useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );

/**
 * Only Enter or a click chooses. Downshift would also choose the suggestion under a resting mouse
 * pointer when focus moves on, and empty the field on Escape once the list is closed.
 */
function chooseOnPurpose(state: UseComboboxState<Option>, { type, changes }: UseComboboxStateChangeOptions<Option>) {
  const keep = type === InputBlur || (type === InputKeyDownEscape && !state.isOpen);
  return keep ? { ...changes, selectedItem: state.selectedItem, inputValue: state.inputValue } : changes;
}

/**
 * The box's text is left to the browser (an uncontrolled input) and written only when something
 * other than typing changes it, such as a chosen name. Controlled by React, the box lost what was
 * typed before the script ran, which hydration overwrote; here that text is taken up instead.
 */
function useBoxText(first: { shown: string; text: string }, takeTyped: (typed: string) => void) {
  const box = useRef<HTMLInputElement>(null);
  const start = useRef(first);
  useEffect(() => {
    const input = box.current;
    if (!input) return;
    if (input.value !== start.current.shown) takeTyped(input.value);
    // A name others share showed its slug until now.
    else input.value = start.current.text;
  }, [takeTyped]);
  const write = useCallback((text: string) => {
    if (box.current) box.current.value = text;
  }, []);
  return { box, write };
}

type Props = {
  /** The posted field, e.g. `credits.3.person`: it carries the chosen entry's slug, or the text typed. */
  name: string;
  label: string;
  kind: PickerKind;
  /** What the field held: a slug, or a name as typed. */
  defaultValue: string;
  /** The entry `defaultValue` names, when the form knows it. */
  entry?: NamedEntry;
  errors?: string[];
  maxLength?: number;
};

/**
 * A field naming a person, character or film, with suggestions from the search API as one types:
 * each shows the name and what tells it from namesakes (works, years, format). Choosing one posts
 * its slug under the field's name while the box shows its name; typing again posts the text, which
 * the server resolves by slug or by a name only one entry has. Without JavaScript it is a plain
 * text input taking a name or a slug, and shows the slug of an entry whose name others share.
 */
export function EntryPicker({ name, label, kind, defaultValue, entry, errors, maxLength = 200 }: Props) {
  const scripted = useScripted();
  // Asked afresh each time: someone proposed a moment ago, in another tab, must be offered.
  const { results, search } = useSearchResults(kind, SUGGESTED, "no-cache");
  const [chosen, setChosen] = useState<Option | null>(entry ? optionOf(kind, entry) : null);
  const [text, setText] = useState(entry ? entry.name : defaultValue);
  const options = useMemo(() => results.map((result) => optionOf(kind, result)), [kind, results]);
  const id = fieldControlId(name);
  const shownText = !scripted && entry?.nameShared ? entry.slug : text;
  const takeTyped = useCallback((typed: string) => {
    setText(typed);
    setChosen(null);
  }, []);
  const { box, write } = useBoxText({ shown: shownText, text }, takeTyped);
  const combobox = useCombobox<Option>({
    id: `${id}-picker`,
    inputId: id,
    items: options,
    inputValue: shownText,
    selectedItem: chosen,
    itemToString: (option) => option?.label ?? "",
    itemToKey: (option) => option?.entry.slug ?? null,
    stateReducer: chooseOnPurpose,
    onInputValueChange: ({ inputValue, type }) => {
      // Unchoosing (below) would otherwise empty the box as one types.
      if (type === ControlledPropUpdatedSelectedItem) return;
      setText(inputValue);
      if (type !== InputChange) {
        write(inputValue);
        return;
      }
      setChosen(null);
      search(inputValue);
    },
    onSelectedItemChange: ({ selectedItem }) => setChosen(selectedItem),
  });
  const { isOpen, highlightedIndex, getMenuProps, getItemProps } = combobox;
  const shown = isOpen ? options.length : 0;
  // Until the script runs, the box itself is the field, as it is without JavaScript.
  const posted = scripted && chosen ? chosen.entry : null;
  const chosenId = `${id}-chosen`;
  return (
    <div className="relative">
      {posted ? <input type="hidden" name={name} value={posted.slug} /> : null}
      <FieldShell name={name} label={label} errors={errors}>
        {(control) => (
          <input
            {...comboboxFieldProps(
              combobox,
              {
                ...control,
                name: posted ? undefined : name,
                // The field's own <label for> names the box.
                "aria-labelledby": undefined,
                "aria-describedby":
                  [control["aria-describedby"], posted ? chosenId : null].filter(Boolean).join(" ") || undefined,
                maxLength,
                ref: box,
              },
              { holdWhileShown: shown },
            )}
            value={undefined}
            // Also what a form reset goes back to: the text as it is now.
            defaultValue={shownText}
            className="w-full rounded-md border border-stone-400 bg-white px-3 py-2 aria-invalid:border-red-700"
          />
        )}
      </FieldShell>
      {posted ? (
        <p id={chosenId} className="mt-1 text-sm text-stone-700">
          {entryDetails(posted)} · <span className="font-mono">{posted.slug}</span>
        </p>
      ) : null}
      <ul
        // Named apart from the field, so that its label ("Film") names the box alone.
        {...getMenuProps({ "aria-label": "Suggestions" })}
        className={`absolute right-0 left-0 z-20 mt-1 max-h-80 overflow-y-auto rounded-md border border-stone-300 bg-white text-stone-900 shadow-lg ${shown ? "" : "hidden"}`}
      >
        {shown ? (
          <SuggestionItems suggestions={options} highlightedIndex={highlightedIndex} getItemProps={getItemProps} />
        ) : null}
      </ul>
    </div>
  );
}
