"use client";

import type { Route } from "next";
import Link from "next/link";
import { useFormAction } from "@/components/forms/use-form-action";
import { Field } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextareaField } from "@/components/forms/textarea-field";
import { formatLabel } from "@/lib/format/labels";
import { FILM_FORMATS, NAME_MAX, type NewEntryFormState } from "@/lib/submissions/entry-schema";
import { DECK_MAX } from "@/lib/submissions/schema";
import { formFeedback } from "./edit-form-types";
import { EditMetaFields } from "./edit-meta-fields";

type Props = {
  noun: "film" | "person" | "character" | "studio";
  action: (previous: NewEntryFormState | null, formData: FormData) => Promise<NewEntryFormState>;
  cancelHref: Route;
};

const formats = FILM_FORMATS.map((format) => ({ value: format, label: formatLabel(format) }));

/** Proposes a new entry; entries with a similar name are listed for the author to rule out first. */
export function NewEntryForm({ noun, action, cancelHref }: Props) {
  const [state, formAction] = useFormAction(action, null);
  const { errors, posted } = formFeedback(state);
  const similar = state && !state.ok ? (state.similar ?? []) : [];
  const [name, nativeName] = noun === "film" ? ["title", "nativeTitle"] : ["name", "nativeName"];
  const label = noun === "film" ? "Title" : "Name";
  return (
    <form action={formAction} className="space-y-6" noValidate>
      <FormMessage state={state} />
      {similar.length > 0 ? (
        <section
          aria-labelledby="similar-heading"
          className="space-y-2 rounded-md border border-amber-600 bg-amber-50 p-4"
        >
          <h2 id="similar-heading" className="font-semibold text-amber-950">
            Similar entries already on Keyframe
          </h2>
          <ul className="list-disc space-y-1 pl-5">
            {similar.map((entry) => (
              <li key={entry.href}>
                <Link href={entry.href as Route}>{entry.name}</Link>
                {entry.year ? ` (${entry.year})` : null}
                {entry.nativeName ? <span className="text-stone-700"> ({entry.nativeName})</span> : null}
              </li>
            ))}
          </ul>
          <div className="space-y-1">
            <label className="flex items-center gap-2 font-medium">
              <input
                type="checkbox"
                name="notDuplicate"
                value="on"
                defaultChecked={posted?.notDuplicate === "on"}
                aria-describedby={errors.notDuplicate?.length ? "field-notDuplicate-error" : undefined}
              />
              It is not one of these
            </label>
            {errors.notDuplicate?.length ? (
              <p id="field-notDuplicate-error" className="text-sm text-red-800">
                {errors.notDuplicate.join(" ")}
              </p>
            ) : null}
          </div>
        </section>
      ) : null}
      <Field
        name={name}
        label={label}
        required
        maxLength={NAME_MAX}
        defaultValue={posted?.[name] ?? ""}
        errors={errors[name]}
      />
      <Field
        name={nativeName}
        label={`Native ${label.toLowerCase()} (optional)`}
        hint="In the original script."
        maxLength={NAME_MAX}
        defaultValue={posted?.[nativeName] ?? ""}
        errors={errors[nativeName]}
      />
      {noun === "film" ? (
        <>
          <SelectField
            name="format"
            label="Format"
            options={formats}
            defaultValue={posted?.format ?? "FILM"}
            errors={errors.format}
          />
          <Field
            name="year"
            label="Year (optional)"
            hint="Of its first release, as four digits, such as 1988."
            inputMode="numeric"
            maxLength={4}
            className="w-24 rounded-md border border-stone-400 bg-white px-3 py-2 aria-invalid:border-red-700"
            defaultValue={posted?.year ?? ""}
            errors={errors.year}
          />
        </>
      ) : null}
      <TextareaField
        name="deck"
        label="Deck"
        hint={`One or two sentences about the ${noun}.`}
        rows={3}
        maxLength={DECK_MAX}
        defaultValue={posted?.deck ?? ""}
        errors={errors.deck}
      />
      <EditMetaFields meta={{ summary: "", source: "" }} errors={errors} posted={posted} />
      <div className="space-y-3">
        <div className="flex items-center gap-4">
          <SubmitButton pendingLabel="Saving…">{`Propose ${noun}`}</SubmitButton>
          <Link href={cancelHref}>Cancel</Link>
        </div>
        <p className="text-sm text-stone-700">A moderator approves new entries before they appear.</p>
      </div>
    </form>
  );
}
