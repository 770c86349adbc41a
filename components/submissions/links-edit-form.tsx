"use client";

import { useFormAction } from "@/components/forms/use-form-action";
import { Field } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { RowListFieldset } from "@/components/forms/row-list-fieldset";
import { SelectField } from "@/components/forms/select-field";
import { rowNamer } from "@/lib/forms/numbered-rows";
import { LINK_SITES, LINK_SITE_IDS } from "@/lib/links/sites";
import { linkRowsFromForm, type LinkValue, type LinksValues } from "@/lib/submissions/sections/links/schema";
import { formFeedback, type EditFormProps, type RowFieldsProps } from "./edit-form-types";
import { EditFormActions, EditMetaFields } from "./edit-meta-fields";

const SITE_OPTIONS = LINK_SITE_IDS.map((site) => ({ value: site, label: LINK_SITES[site].label }));

const EXAMPLES = LINK_SITE_IDS.map((site) => `${LINK_SITES[site].label} ${LINK_SITES[site].example}`).join(", ");

type Row = { site: string; id: string };

function LinkFields({ index, row, errors }: RowFieldsProps<Row>) {
  const name = rowNamer<LinkValue>("links", index);
  return (
    <>
      <SelectField
        name={name("site")}
        label="Site"
        options={SITE_OPTIONS}
        defaultValue={row.site || "mal"}
        errors={errors[name("site")]}
      />
      <Field name={name("id")} label="Id" defaultValue={row.id} maxLength={500} errors={errors[name("id")]} />
    </>
  );
}

const blankRow: Row = { site: "", id: "" };

/** Links to other databases: a row per site and the work's id there. */
export function LinksEditForm({ action, values, meta, cancelHref }: EditFormProps<LinksValues>) {
  const [state, formAction] = useFormAction(action, null);
  const { errors, posted } = formFeedback(state);
  return (
    <form action={formAction} className="space-y-6" noValidate>
      <FormMessage state={state} />
      <RowListFieldset
        name="links"
        legend="Links"
        hint={`One row per page elsewhere: the site and the work's id there, as in its address (${EXAMPLES}). Clear a row's id to remove it.`}
        errors={errors.links}
        rows={posted ? linkRowsFromForm(posted) : values.links}
        blank={blankRow}
        posted={posted}
        noun="link"
        row={{ legend: (index) => `Link ${index + 1}`, className: "sm:grid-cols-[14rem_1fr]" }}
        renderRow={(row, index) => <LinkFields index={index} row={row} errors={errors} />}
      />
      <EditMetaFields meta={meta} errors={errors} posted={posted} />
      <EditFormActions cancelHref={cancelHref} />
    </form>
  );
}
