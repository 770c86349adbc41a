"use client";

import { useFormAction } from "@/components/forms/use-form-action";
import { Field } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { SelectField } from "@/components/forms/select-field";
import {
  CREDIT_NOTE_MAX,
  creditRowsFromForm,
  type CreditChoices,
  type CreditValue,
  type CreditsValues,
} from "@/lib/submissions/sections/credits/schema";
import { formFeedback, type EditFormProps } from "./edit-form-types";
import { EditFormActions, EditMetaFields } from "./edit-meta-fields";

/** Empty rows after the credits, so a credit can be added without JavaScript. */
const EMPTY_ROWS = 2;

const PEOPLE_LIST = "credit-people";

type Errors = Partial<Record<string, string[]>>;

/** The options, plus the row's own value if it is not among them, so a typed value is never lost. */
function optionsWith(base: { value: string; label: string }[], value: string) {
  return value && !base.some((option) => option.value === value) ? [...base, { value, label: value }] : base;
}

function CreditFields({
  index,
  row,
  errors,
  choices,
}: {
  index: number;
  row: CreditValue;
  errors: Errors;
  choices: CreditChoices;
}) {
  const name = (field: keyof CreditValue | "order") => `credits.${index}.${field}`;
  const roles = [
    { value: "", label: "Choose a role…" },
    ...choices.roles.map((role) => ({ value: role, label: role })),
  ];
  const segments = [
    { value: "", label: "The whole film" },
    ...choices.segments.map((segment) => ({ value: segment, label: segment })),
  ];
  return (
    <fieldset className="grid gap-3 rounded-md border border-stone-200 bg-white p-3 sm:grid-cols-2">
      <legend className="px-1 text-sm font-semibold text-stone-700">Credit {index + 1}</legend>
      <Field
        name={name("order")}
        label="Order"
        hint="Change the number to move this credit: 0 puts it first, 2.5 between the second and third."
        inputMode="decimal"
        maxLength={8}
        defaultValue={String(index + 1)}
        className="w-24 rounded-md border border-stone-400 bg-white px-3 py-2"
      />
      <Field
        name={name("person")}
        label="Person"
        list={PEOPLE_LIST}
        autoComplete="off"
        maxLength={200}
        defaultValue={row.person}
        errors={errors[name("person")]}
      />
      <label className="flex items-center gap-2 self-end pb-2 text-sm">
        <input type="checkbox" name={name("newPerson")} value="on" defaultChecked={row.newPerson ?? false} />
        New person
      </label>
      <SelectField
        name={name("role")}
        label="Role"
        options={optionsWith(roles, row.role)}
        defaultValue={row.role}
        errors={errors[name("role")]}
      />
      <SelectField
        name={name("segment")}
        label="Segment"
        options={optionsWith(segments, row.segment)}
        defaultValue={row.segment}
        errors={errors[name("segment")]}
      />
      <Field
        name={name("note")}
        label="Note (optional)"
        maxLength={CREDIT_NOTE_MAX}
        defaultValue={row.note}
        errors={errors[name("note")]}
      />
    </fieldset>
  );
}

const blankRow: CreditValue = { person: "", role: "", segment: "", note: "" };

/** Staff credits, in order: who, in which role, on which segment. */
export function CreditsEditForm({
  action,
  values,
  choices,
  meta,
  cancelHref,
}: EditFormProps<CreditsValues> & { choices: CreditChoices }) {
  const [state, formAction] = useFormAction(action, null);
  const { errors, posted } = formFeedback(state);
  const rows = [
    ...(posted ? creditRowsFromForm(posted) : values.credits),
    ...Array<CreditValue>(EMPTY_ROWS).fill(blankRow),
  ];
  return (
    <form action={formAction} className="space-y-6" noValidate>
      <FormMessage state={state} />
      <fieldset className="space-y-3" aria-describedby="credits-hint">
        <legend className="font-medium">Credits</legend>
        <p id="credits-hint" className="text-sm text-stone-700">
          One row per credit, in the order they are listed. Type a person&apos;s name or pick them from the suggestions;
          for someone Keyframe does not have yet, type their name and tick “New person”, and they are created when the
          edit is approved. Choose the segment when the credit is for one story only. Fill in an empty row to add a
          credit; clear a row to remove it.
        </p>
        {errors.credits?.length ? (
          <p role="alert" className="text-sm text-red-800">
            {errors.credits.join(" ")}
          </p>
        ) : null}
        <datalist id={PEOPLE_LIST}>
          {choices.people.map((person) => (
            <option key={person.slug} value={person.slug}>
              {person.name}
            </option>
          ))}
        </datalist>
        {rows.map((row, index) => (
          // React resets the form after each answer, and selects and checkboxes go back to what they were
          // first rendered with; keyed by its values, a row whose choices changed is rendered afresh instead.
          <CreditFields
            key={`${index}:${row.newPerson ?? false}:${row.role}:${row.segment}`}
            index={index}
            row={row}
            errors={errors}
            choices={choices}
          />
        ))}
      </fieldset>
      <EditMetaFields meta={meta} errors={errors} posted={posted} />
      <EditFormActions cancelHref={cancelHref} />
    </form>
  );
}
