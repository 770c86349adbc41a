"use client";

import { useFormAction } from "@/components/forms/use-form-action";
import { Field } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { RowListFieldset } from "@/components/forms/row-list-fieldset";
import { optionsWith, SelectField } from "@/components/forms/select-field";
import { companyRoleLabel } from "@/lib/format/labels";
import { rowNamer } from "@/lib/forms/numbered-rows";
import {
  COMPANY_ROLES,
  companyRowsFromForm,
  type CompaniesValues,
  type CompanyChoices,
  type CompanyRow,
} from "@/lib/submissions/sections/companies/schema";
import { STUDIO } from "@/lib/submissions/sections/named-kinds";
import { NamedEntryPick } from "./named-entry-pick";
import { WorkPartPick } from "./work-part-pick";
import { formFeedback, type EditFormProps, type RowFieldsProps } from "./edit-form-types";
import { EditFormActions, EditMetaFields } from "./edit-meta-fields";

const ROLE_OPTIONS = [
  { value: "", label: "Choose a role…" },
  ...COMPANY_ROLES.map((role) => ({ value: role, label: companyRoleLabel(role) })),
];

function CompanyFields({ index, row, errors, choices }: RowFieldsProps<CompanyRow, { choices: CompanyChoices }>) {
  const name = rowNamer<CompanyRow>("companies", index);
  return (
    <>
      <NamedEntryPick
        kind={STUDIO}
        name={name("studio")}
        tickName={name("newStudio")}
        value={row.studio}
        isNew={row.newStudio ?? false}
        known={choices.studios}
        errors={errors[name("studio")]}
      />
      <SelectField
        name={name("role")}
        label="Role"
        options={optionsWith(ROLE_OPTIONS, row.role)}
        defaultValue={row.role}
        errors={errors[name("role")]}
      />
      <Field
        name={name("region")}
        label="Region (two letters, such as JP)"
        maxLength={2}
        defaultValue={row.region}
        errors={errors[name("region")]}
      />
      <WorkPartPick
        choices={choices}
        segment={{ name: name("segment"), value: row.segment }}
        episode={{ name: name("episode"), value: row.episode ?? "" }}
        errors={errors}
      />
    </>
  );
}

const blankRow: CompanyRow = { studio: "", role: "", region: "", segment: "" };

/** The companies behind a work: which studio, in which role, where, for which part. */
export function CompaniesEditForm({
  action,
  values,
  choices,
  meta,
  cancelHref,
}: EditFormProps<CompaniesValues> & { choices: CompanyChoices }) {
  const [state, formAction] = useFormAction(action, null);
  const { errors, posted } = formFeedback(state);
  return (
    <form action={formAction} className="space-y-6" noValidate>
      <FormMessage state={state} />
      <RowListFieldset
        name="companies"
        legend="Companies"
        hint="One row per studio and role, in the order they are listed. Type a studio's name or pick it from the suggestions; for one Keyframe does not have yet, type its name and tick “New studio”, and it is created when the edit is approved. A distributor or licensor needs its region; for the other roles leave the region empty unless it applies to one region only. Choose a segment or episode when the credit is for that part only. Clear a row to remove it."
        errors={errors.companies}
        rows={posted ? companyRowsFromForm(posted) : values.companies}
        blank={blankRow}
        posted={posted}
        noun="company"
        row={{ legend: (index) => `Company ${index + 1}`, className: "sm:grid-cols-2" }}
        orderHint="Change the number to move this company: 0 puts it first, 2.5 between the second and third."
        renderRow={(row, index) => <CompanyFields index={index} row={row} errors={errors} choices={choices} />}
      />
      <EditMetaFields meta={meta} errors={errors} posted={posted} />
      <EditFormActions cancelHref={cancelHref} />
    </form>
  );
}
