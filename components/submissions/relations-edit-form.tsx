"use client";

import { useFormAction } from "@/components/forms/use-form-action";
import { EntryPicker } from "@/components/forms/entry-picker";
import { FormMessage } from "@/components/forms/form-message";
import { RowListFieldset } from "@/components/forms/row-list-fieldset";
import { SelectField } from "@/components/forms/select-field";
import { rowNamer } from "@/lib/forms/numbered-rows";
import { relationKindLabel } from "@/lib/format/labels";
import {
  RELATION_KINDS,
  relationRowsFromForm,
  type RelationValue,
  type RelationsValues,
} from "@/lib/submissions/sections/relations/schema";
import type { NamedEntry } from "@/lib/search/entry-summary";
import { formFeedback, type EditFormProps, type RowFieldsProps } from "./edit-form-types";
import { EditFormActions, EditMetaFields } from "./edit-meta-fields";

const KIND_OPTIONS = RELATION_KINDS.map((kind) => ({ value: kind, label: relationKindLabel(kind) }));

type Row = { kind: string; film: string };

function RelationFields({ index, row, errors, films }: RowFieldsProps<Row, { films: readonly NamedEntry[] }>) {
  const name = rowNamer<RelationValue>("relations", index);
  return (
    <>
      <SelectField
        name={name("kind")}
        label="Kind"
        options={KIND_OPTIONS}
        defaultValue={row.kind || "SIMILAR"}
        errors={errors[name("kind")]}
      />
      <EntryPicker
        name={name("film")}
        label="Film"
        kind="films"
        maxLength={300}
        defaultValue={row.film}
        entry={films.find((film) => film.slug === row.film)}
        errors={errors[name("film")]}
      />
    </>
  );
}

const blankRow: Row = { kind: "", film: "" };

/** Similar and related works: a row per film this one points to, with its kind. */
export function RelationsEditForm({
  action,
  values,
  meta,
  cancelHref,
  choices,
}: EditFormProps<RelationsValues> & { choices: readonly NamedEntry[] }) {
  const [state, formAction] = useFormAction(action, null);
  const { errors, posted } = formFeedback(state);
  return (
    <form action={formAction} className="space-y-6" noValidate>
      <FormMessage state={state} />
      <RowListFieldset
        name="relations"
        legend="Relations"
        hint="One row per film: choose it from the suggestions or type its title. Fill in an empty row to add a relation, or add more rows; clear a row's film to remove it. A film that lists this one shows on both pages but is edited from its own."
        errors={errors.relations}
        rows={posted ? relationRowsFromForm(posted) : values.relations}
        blank={blankRow}
        posted={posted}
        noun="relation"
        row={{ legend: (index) => `Relation ${index + 1}`, className: "sm:grid-cols-[12rem_1fr]" }}
        renderRow={(row, index) => <RelationFields index={index} row={row} errors={errors} films={choices} />}
      />
      <EditMetaFields meta={meta} errors={errors} posted={posted} />
      <EditFormActions cancelHref={cancelHref} />
    </form>
  );
}
