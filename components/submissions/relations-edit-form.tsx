"use client";

import { useFormAction } from "@/components/forms/use-form-action";
import { Field } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { SelectField } from "@/components/forms/select-field";
import type { Choice } from "@/lib/submissions/sections/shared-schema";
import { relationKindLabel } from "@/lib/format/labels";
import { RELATION_KINDS, type RelationValue, type RelationsValues } from "@/lib/submissions/sections/relations/schema";
import { formRows } from "@/lib/submissions/sections/form-rows";
import { ChoiceList } from "./choice-list";
import { formFeedback, type EditFormProps } from "./edit-form-types";
import { EditFormActions, EditMetaFields } from "./edit-meta-fields";
import { EMPTY_ROWS } from "./list-rows";

const KIND_OPTIONS = RELATION_KINDS.map((kind) => ({ value: kind, label: relationKindLabel(kind) }));

type Row = { kind: string; film: string };

function RelationFields({
  index,
  row,
  errors,
}: {
  index: number;
  row: Row;
  errors: Partial<Record<string, string[]>>;
}) {
  const name = (field: keyof RelationValue) => `relations.${index}.${field}`;
  return (
    <fieldset className="grid gap-3 rounded-md border border-stone-200 bg-white p-3 sm:grid-cols-[12rem_1fr]">
      <legend className="px-1 text-sm font-semibold text-stone-700">Relation {index + 1}</legend>
      <SelectField
        name={name("kind")}
        label="Kind"
        options={KIND_OPTIONS}
        defaultValue={row.kind || "SIMILAR"}
        errors={errors[name("kind")]}
      />
      <Field
        name={name("film")}
        label="Film"
        list="film-choices"
        maxLength={300}
        defaultValue={row.film}
        errors={errors[name("film")]}
      />
    </fieldset>
  );
}

/** Similar and related works: a row per film this one points to, with its kind. */
export function RelationsEditForm({
  action,
  values,
  meta,
  cancelHref,
  choices,
}: EditFormProps<RelationsValues> & { choices: readonly Choice[] }) {
  const [state, formAction] = useFormAction(action, null);
  const { errors, posted } = formFeedback(state);
  const filled: Row[] = posted
    ? formRows(posted, "relations")
        .map((row) => ({ kind: row.kind ?? "", film: row.film ?? "" }))
        .filter((row) => row.film.trim() !== "")
    : values.relations;
  const rows = [...filled, ...Array.from({ length: EMPTY_ROWS }, () => ({ kind: "", film: "" }))];
  return (
    <form action={formAction} className="space-y-6" noValidate>
      <FormMessage state={state} />
      <fieldset className="space-y-3" aria-describedby="relations-hint">
        <legend className="font-medium">Relations</legend>
        <p id="relations-hint" className="text-sm text-stone-700">
          One row per film: choose it from the suggestions or type its title. Fill in an empty row to add a relation;
          clear a row&apos;s film to remove it. A film that lists this one shows on both pages but is edited from its
          own.
        </p>
        {errors.relations?.length ? (
          <p role="alert" className="text-sm text-red-800">
            {errors.relations.join(" ")}
          </p>
        ) : null}
        {rows.map((row, index) => (
          <RelationFields key={index} index={index} row={row} errors={errors} />
        ))}
        <ChoiceList id="film-choices" choices={choices} />
      </fieldset>
      <EditMetaFields meta={meta} errors={errors} posted={posted} />
      <EditFormActions cancelHref={cancelHref} />
    </form>
  );
}
