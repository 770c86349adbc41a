"use client";

import { useCombobox } from "downshift";
import { useActionState, useState } from "react";
import { FieldShell } from "@/components/forms/field-shell";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { SuggestionItems } from "@/components/layout/suggestion-items";
import { useSuggestions, type Suggestion } from "@/components/layout/use-suggestions";
import type { FormState } from "@/lib/forms/form-state";

/**
 * Adds a film by title. The form posts the typed title, so it works without JavaScript; with it,
 * the box suggests films from the search API as one types (arrow keys to choose, Enter to pick).
 */
export function AddFilmForm({
  action,
}: {
  action: (previous: FormState | null, formData: FormData) => Promise<FormState>;
}) {
  const [state, formAction] = useActionState(action, null);
  const failed = state && !state.ok ? state : null;
  return (
    <form action={formAction} className="max-w-md space-y-3">
      <FormMessage state={state} />
      <FilmTitleBox
        // A new box after each film added, so that it starts empty again.
        key={state?.ok ? state.message : "film"}
        defaultValue={failed?.values.film ?? ""}
        errors={failed?.fieldErrors.film}
      />
      <SubmitButton pendingLabel="Adding…">Add film</SubmitButton>
    </form>
  );
}

const FIELD_ID = "field-film";

function FilmTitleBox({ defaultValue, errors }: { defaultValue: string; errors: string[] | undefined }) {
  const { suggestions, suggest } = useSuggestions("films");
  // The film picked from the suggestions, posted with its title; typing again unpicks it.
  const [pickedSlug, setPickedSlug] = useState("");
  const { isOpen, highlightedIndex, getInputProps, getMenuProps, getItemProps } = useCombobox<Suggestion>({
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
  const open = isOpen && suggestions.length > 0;
  return (
    <div>
      <input type="hidden" name="filmSlug" value={pickedSlug} />
      <FieldShell
        name="film"
        label="Film title"
        hint="Type its title and pick it from the suggestions."
        errors={errors}
      >
        {(control) => (
          <input
            {...getInputProps({
              ...control,
              // The field's own <label for> names the box.
              "aria-labelledby": undefined,
              required: true,
            })}
            className="w-full rounded-md border border-stone-400 bg-white px-3 py-2 aria-invalid:border-red-700"
          />
        )}
      </FieldShell>
      <ul
        {...getMenuProps({ "aria-label": "Suggested films" })}
        // In the flow rather than over the page, so that it never covers the "Add film" button below.
        className={`mt-1 max-h-72 overflow-y-auto rounded-md border border-stone-300 bg-white text-stone-900 ${open ? "" : "hidden"}`}
      >
        {open ? (
          <SuggestionItems suggestions={suggestions} highlightedIndex={highlightedIndex} getItemProps={getItemProps} />
        ) : null}
      </ul>
    </div>
  );
}
