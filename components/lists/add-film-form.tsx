"use client";

import { useActionState } from "react";
import { Field } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import type { FormState } from "@/lib/forms/form-state";

/** Adds a film by title; the browser suggests titles from the catalogue as one types. */
export function AddFilmForm({
  action,
  films,
}: {
  action: (previous: FormState | null, formData: FormData) => Promise<FormState>;
  films: { id: number; title: string; year: number | null }[];
}) {
  const [state, formAction] = useActionState(action, null);
  const failed = state && !state.ok ? state : null;
  return (
    <form action={formAction} className="max-w-md space-y-3">
      <FormMessage state={state} />
      <Field
        name="film"
        label="Film title"
        hint="Type its title and pick it from the suggestions."
        list="film-titles"
        autoComplete="off"
        required
        defaultValue={failed?.values.film}
        key={state?.ok ? state.message : "film"}
        errors={failed?.fieldErrors.film}
      />
      <datalist id="film-titles">
        {films.map((film) => (
          <option key={film.id} value={film.title}>
            {film.year ? `${film.title} (${film.year})` : film.title}
          </option>
        ))}
      </datalist>
      <SubmitButton pendingLabel="Adding…">Add film</SubmitButton>
    </form>
  );
}
