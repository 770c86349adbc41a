"use client";

import { useCombobox } from "downshift";
import { useState } from "react";
import { useFormAction } from "@/components/forms/use-form-action";
import { useFormStatus } from "react-dom";
import { FieldShell } from "@/components/forms/field-shell";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { comboboxFieldProps } from "@/components/layout/combobox-field";
import { SuggestionItems } from "@/components/layout/suggestion-items";
import { useSuggestions, type Suggestion } from "@/components/layout/use-suggestions";
import type { AddFilmState, FilmChoice } from "@/lib/lists/film-choices";

/**
 * Adds a film by title. The form posts the typed title, so it works without JavaScript; with it,
 * the box suggests films from the search API as one types (arrow keys to choose, Enter to pick, or
 * to add what is typed when nothing is chosen). A title that names no film exactly, or several,
 * comes back with the films it may mean, each a button that adds it.
 */
export function AddFilmForm({
  action,
}: {
  action: (previous: AddFilmState | null, formData: FormData) => Promise<AddFilmState>;
}) {
  const [state, formAction] = useFormAction(action, null);
  const failed = state && !state.ok ? state : null;
  const choices = failed?.choices ?? [];
  return (
    <form action={formAction} className="max-w-md space-y-3">
      <FormMessage state={state} />
      <FilmTitleBox
        // A new box after each film added, so that it starts empty again.
        key={state?.ok ? state.message : "film"}
        defaultValue={failed?.values.film ?? ""}
        errors={failed?.fieldErrors.film}
      />
      {choices.length > 0 ? <FilmChoices choices={choices} /> : null}
    </form>
  );
}

const FIELD_ID = "field-film";

function FilmTitleBox({ defaultValue, errors }: { defaultValue: string; errors: string[] | undefined }) {
  const { suggestions, suggest } = useSuggestions("films");
  // The film picked from the suggestions, posted with its title; typing again unpicks it.
  const [pickedSlug, setPickedSlug] = useState("");
  const combobox = useCombobox<Suggestion>({
    id: "add-film",
    inputId: FIELD_ID,
    items: suggestions,
    initialInputValue: defaultValue,
    itemToString: (item) => item?.label ?? "",
    onInputValueChange: ({ inputValue, type }) => {
      if (type !== useCombobox.stateChangeTypes.InputChange) return;
      setPickedSlug("");
      suggest(inputValue);
    },
    onSelectedItemChange: ({ selectedItem }) => setPickedSlug(selectedItem?.href.split("/").pop() ?? ""),
  });
  const { isOpen, highlightedIndex, getMenuProps, getItemProps } = combobox;
  const open = isOpen && suggestions.length > 0;
  return (
    <div>
      {pickedSlug ? <input type="hidden" name="filmSlug" value={pickedSlug} /> : null}
      <FieldShell
        name="film"
        label="Film title"
        hint="Type its title and pick it from the suggestions."
        errors={errors}
      >
        {(control) => (
          // The button comes before any film offered below, so that Enter in the box presses it.
          <div className="flex gap-2">
            <input
              {...comboboxFieldProps(combobox, {
                ...control,
                // The field's own <label for> names the box.
                "aria-labelledby": undefined,
                required: true,
              })}
              className="min-w-0 flex-1 rounded-md border border-stone-400 bg-white px-3 py-2 aria-invalid:border-red-700"
            />
            <SubmitButton pendingLabel="Adding…">Add film</SubmitButton>
          </div>
        )}
      </FieldShell>
      <ul
        {...getMenuProps({ "aria-label": "Suggested films" })}
        // In the flow rather than over the page, so that it never covers the films offered below.
        className={`mt-1 max-h-72 overflow-y-auto rounded-md border border-stone-300 bg-white text-stone-900 ${open ? "" : "hidden"}`}
      >
        {open ? (
          <SuggestionItems suggestions={suggestions} highlightedIndex={highlightedIndex} getItemProps={getItemProps} />
        ) : null}
      </ul>
    </div>
  );
}

/** The films a refused title may mean, each a submit button posting its slug with what was typed. */
function FilmChoices({ choices }: { choices: FilmChoice[] }) {
  const { pending } = useFormStatus();
  return (
    // Named by the field's message, which asks which film is meant.
    <div role="group" aria-labelledby={`${FIELD_ID}-error`} className="flex flex-wrap gap-2">
      {choices.map((film) => (
        <button
          key={film.slug}
          type="submit"
          name="filmSlug"
          value={film.slug}
          disabled={pending}
          className="rounded-md border border-stone-400 bg-white px-3 py-1.5 hover:bg-stone-100 disabled:opacity-70"
        >
          Add {film.title} ({film.year ?? "year unknown"})
        </button>
      ))}
    </div>
  );
}
