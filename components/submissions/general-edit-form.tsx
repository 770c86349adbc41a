"use client";

import { useFormAction } from "@/components/forms/use-form-action";
import { Field } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { RowListFieldset } from "@/components/forms/row-list-fieldset";
import { SelectField } from "@/components/forms/select-field";
import { rowNamer } from "@/lib/forms/numbered-rows";
import { contentRatingLabel, sourceMaterialLabel } from "@/lib/format/labels";
import {
  CONTENT_RATINGS,
  SOURCE_MATERIALS,
  releaseRowsFromForm,
  type GeneralValues,
  type ReleaseRow,
} from "@/lib/submissions/sections/general/schema";
import { formFeedback, type EditFormProps, type RowFieldsProps } from "./edit-form-types";
import { EditFormActions, EditMetaFields } from "./edit-meta-fields";

const RATING_OPTIONS = [
  { value: "", label: "—" },
  ...CONTENT_RATINGS.map((rating) => ({ value: rating, label: contentRatingLabel(rating) })),
];

const SOURCE_OPTIONS = [
  { value: "", label: "Unknown" },
  ...SOURCE_MATERIALS.map((source) => ({ value: source, label: sourceMaterialLabel(source) })),
];

function ReleaseFields({ index, row, errors }: RowFieldsProps<ReleaseRow>) {
  const name = rowNamer<ReleaseRow>("releases", index);
  return (
    <>
      <Field
        name={name("region")}
        label="Region code"
        maxLength={8}
        autoCapitalize="characters"
        defaultValue={row.region}
        errors={errors[name("region")]}
      />
      <Field
        name={name("title")}
        label="Name"
        maxLength={300}
        defaultValue={row.title}
        errors={errors[name("title")]}
      />
      <Field
        name={name("date")}
        label="Release date"
        maxLength={10}
        placeholder="YYYY-MM-DD"
        defaultValue={row.date}
        errors={errors[name("date")]}
      />
    </>
  );
}

const blankRow: ReleaseRow = { region: "", title: "", date: "" };

/** General Information: a row per regional release, the rating and the runtime. */
export function GeneralEditForm({ action, values, meta, cancelHref }: EditFormProps<GeneralValues>) {
  const [state, formAction] = useFormAction(action, null);
  const { errors, posted } = formFeedback(state);
  return (
    <form action={formAction} className="space-y-6" noValidate>
      <FormMessage state={state} />
      <RowListFieldset
        name="releases"
        legend="Releases"
        hint="One row per regional release: a two-letter region code (JP, US), the name it was released under, and the date as YYYY, YYYY-MM or YYYY-MM-DD. Fill in an empty row to add a release, or add more rows; clear a row to remove it."
        errors={errors.releases}
        rows={posted ? releaseRowsFromForm(posted) : values.releases}
        blank={blankRow}
        posted={posted}
        noun="release"
        row={{ legend: (index) => `Release ${index + 1}`, className: "sm:grid-cols-[8rem_1fr_11rem]" }}
        renderRow={(row, index) => <ReleaseFields index={index} row={row} errors={errors} />}
      />
      <SelectField
        name="contentRating"
        label="Rating"
        options={RATING_OPTIONS}
        defaultValue={posted?.contentRating ?? values.contentRating ?? ""}
        errors={errors.contentRating}
      />
      <Field
        name="runtimeMinutes"
        label="Runtime (minutes)"
        inputMode="numeric"
        maxLength={6}
        className="w-32 rounded-md border border-stone-400 bg-white px-3 py-2 aria-invalid:border-red-700"
        defaultValue={posted?.runtimeMinutes ?? values.runtimeMinutes?.toString() ?? ""}
        errors={errors.runtimeMinutes}
      />
      <SelectField
        name="sourceMaterial"
        label="Source material"
        hint="What the work is adapted from; Original when it is not an adaptation."
        options={SOURCE_OPTIONS}
        defaultValue={posted?.sourceMaterial ?? values.sourceMaterial ?? ""}
        errors={errors.sourceMaterial}
      />
      <Field
        name="episodeCount"
        label="Planned episodes"
        hint="For a series (TV, OVA, ONA): how many regular episodes it has or is planned to have; empty when unknown."
        inputMode="numeric"
        maxLength={4}
        className="w-32 rounded-md border border-stone-400 bg-white px-3 py-2 aria-invalid:border-red-700"
        defaultValue={posted?.episodeCount ?? values.episodeCount?.toString() ?? ""}
        errors={errors.episodeCount}
      />
      <EditMetaFields meta={meta} errors={errors} posted={posted} />
      <EditFormActions cancelHref={cancelHref} />
    </form>
  );
}
