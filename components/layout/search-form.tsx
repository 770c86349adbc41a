"use client";

import { useCombobox } from "downshift";
import type { Route } from "next";
import { useRouter } from "next/navigation";
import { SEARCH_QUERY_MAX } from "@/lib/search/schema";
import { comboboxFieldProps } from "./combobox-field";
import { SuggestionItems } from "./suggestion-items";
import { useSuggestions, type Suggestion } from "./use-suggestions";

type Props = {
  id: string;
  /** Tells this search landmark apart from the header's. */
  name: string;
  defaultValue?: string;
  large?: boolean;
  /** Why the last search could not run, shown under the box. */
  error?: string;
};

/**
 * A plain GET form to /search, so searching works without JavaScript; with it, the box suggests
 * entries as you type (arrow keys to choose, Enter to open the one chosen or else to search, Escape
 * to close).
 */
export function SearchForm({ id, name, defaultValue = "", large = false, error }: Props) {
  const router = useRouter();
  const { suggestions, suggest } = useSuggestions();
  const combobox = useCombobox<Suggestion>({
    id,
    inputId: id,
    items: suggestions,
    initialInputValue: defaultValue,
    itemToString: (item) => item?.label ?? "",
    onInputValueChange: ({ inputValue, type }) => {
      if (type === useCombobox.stateChangeTypes.InputChange) suggest(inputValue);
    },
    onSelectedItemChange: ({ selectedItem }) => {
      if (selectedItem) router.push(selectedItem.href as Route);
    },
  });
  const { isOpen, highlightedIndex, getMenuProps, getItemProps, getLabelProps } = combobox;
  const errorId = `${id}-error`;
  const open = isOpen && suggestions.length > 0;
  return (
    <form action="/search" method="get" role="search" aria-label={name} className="relative w-full">
      <div className="flex w-full gap-2">
        <label {...getLabelProps()} className="sr-only">
          Search films, people and characters
        </label>
        <input
          {...comboboxFieldProps(combobox, {
            name: "q",
            inputMode: "search",
            enterKeyHint: "search",
            maxLength: SEARCH_QUERY_MAX,
            placeholder: "Search films, people, characters…",
            "aria-invalid": error ? true : undefined,
            "aria-describedby": error ? errorId : undefined,
          })}
          className={`min-w-0 flex-1 rounded-md border border-stone-400 bg-white px-3 text-stone-900 placeholder:text-stone-600 ${large ? "py-3 text-lg" : "py-1.5"}`}
        />
        <button type="submit" className="bg-accent-700 hover:bg-accent-600 rounded-md px-4 font-medium text-white">
          Search
        </button>
      </div>
      {error ? (
        <p id={errorId} className="mt-1 text-sm text-red-800">
          {error}
        </p>
      ) : null}
      <ul
        {...getMenuProps()}
        className={`absolute top-full right-0 left-0 z-20 mt-1 max-h-96 overflow-y-auto rounded-md border border-stone-300 bg-white text-stone-900 shadow-lg ${open ? "" : "hidden"}`}
      >
        {open ? (
          <SuggestionItems suggestions={suggestions} highlightedIndex={highlightedIndex} getItemProps={getItemProps} />
        ) : null}
      </ul>
    </form>
  );
}
