"use client";

import { useFormAction } from "@/components/forms/use-form-action";
import { Field } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { RowListFieldset } from "@/components/forms/row-list-fieldset";
import { optionsWith, SelectField } from "@/components/forms/select-field";
import { rowNamer } from "@/lib/forms/numbered-rows";
import {
  CREDIT_NOTE_MAX,
  creditRowsFromForm,
  type CreditChoices,
  type CreditValue,
  type CreditsValues,
} from "@/lib/submissions/sections/credits/schema";
import { PERSON } from "@/lib/submissions/sections/named-kinds";
import { NamedEntryPick } from "./named-entry-pick";
import { WorkPartPick } from "./work-part-pick";
import { formFeedback, type EditFormProps, type RowFieldsProps } from "./edit-form-types";
import { EditFormActions, EditMetaFields } from "./edit-meta-fields";

function CreditFields({ index, row, errors, choices }: RowFieldsProps<CreditValue, { choices: CreditChoices }>) {
  const name = rowNamer<CreditValue>("credits", index);
  const roles = [
    { value: "", label: "Choose a role…" },
    ...choices.roles.map((role) => ({ value: role, label: role })),
  ];
  return (
    <>
      <NamedEntryPick
        kind={PERSON}
        name={name("person")}
        tickName={name("newPerson")}
        value={row.person}
        isNew={row.newPerson ?? false}
        known={choices.people}
        errors={errors[name("person")]}
      />
      <SelectField
        name={name("role")}
        label="Role"
        options={optionsWith(roles, row.role)}
        defaultValue={row.role}
        errors={errors[name("role")]}
      />
      <WorkPartPick
        choices={choices}
        segment={{ name: name("segment"), value: row.segment }}
        episode={{ name: name("episode"), value: row.episode ?? "" }}
        errors={errors}
      />
      <Field
        name={name("note")}
        label="Note (optional)"
        maxLength={CREDIT_NOTE_MAX}
        defaultValue={row.note}
        errors={errors[name("note")]}
      />
    </>
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
  return (
    <form action={formAction} className="space-y-6" noValidate>
      <FormMessage state={state} />
      <RowListFieldset
        name="credits"
        legend="Credits"
        hint="One row per credit, in the order they are listed. Type a person's name or pick them from the suggestions; for someone Keyframe does not have yet, type their name and tick “New person”, and they are created when the edit is approved. Choose the segment or episode when the credit is for that part only. Fill in an empty row to add a credit, or add more rows; clear a row to remove it."
        errors={errors.credits}
        rows={posted ? creditRowsFromForm(posted) : values.credits}
        blank={blankRow}
        posted={posted}
        noun="credit"
        row={{ legend: (index) => `Credit ${index + 1}`, className: "sm:grid-cols-2" }}
        orderHint="Change the number to move this credit: 0 puts it first, 2.5 between the second and third."
        renderRow={(row, index) => <CreditFields index={index} row={row} errors={errors} choices={choices} />}
      />
      <EditMetaFields meta={meta} errors={errors} posted={posted} />
      <EditFormActions cancelHref={cancelHref} />
    </form>
  );
}
