"use client";

import { useFormAction } from "@/components/forms/use-form-action";
import { Field } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { SelectField } from "@/components/forms/select-field";
import { contentRatingLabel } from "@/lib/format/labels";
import { CONTENT_RATINGS, type GeneralValues } from "@/lib/submissions/sections/general/schema";
import { formFeedback, type EditFormProps } from "./edit-form-types";
import { EditFormActions, EditMetaFields } from "./edit-meta-fields";
import { rowsFromPosted, withEmptyRows, type ReleaseRow } from "./release-rows";

const RATING_OPTIONS = [
  { value: "", label: "—" },
  ...CONTENT_RATINGS.map((rating) => ({ value: rating, label: contentRatingLabel(rating) })),
];

function ReleaseFields({
  index,
  row,
  errors,
}: {
  index: number;
  row: ReleaseRow;
  errors: Partial<Record<string, string[]>>;
}) {
  const name = (field: keyof ReleaseRow) => `releases.${index}.${field}`;
  return (
    <fieldset className="grid gap-3 rounded-md border border-stone-200 bg-white p-3 sm:grid-cols-[8rem_1fr_11rem]">
      <legend className="px-1 text-sm font-semibold text-stone-700">Release {index + 1}</legend>
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
    </fieldset>
  );
}

/** General Information: a row per regional release, the rating and the runtime. */
export function GeneralEditForm({ action, values, meta, cancelHref }: EditFormProps<GeneralValues>) {
  const [state, formAction] = useFormAction(action, null);
  const { errors, posted } = formFeedback(state);
  const rows = withEmptyRows(posted ? rowsFromPosted(posted) : values.releases);
  return (
    <form action={formAction} className="space-y-6" noValidate>
      <FormMessage state={state} />
      <fieldset className="space-y-3" aria-describedby="releases-hint">
        <legend className="font-medium">Releases</legend>
        <p id="releases-hint" className="text-sm text-stone-700">
          One row per regional release: a two-letter region code (JP, US), the name it was released under, and the date
          as YYYY, YYYY-MM or YYYY-MM-DD. Fill in an empty row to add a release; clear a row to remove it.
        </p>
        {errors.releases?.length ? (
          <p role="alert" className="text-sm text-red-800">
            {errors.releases.join(" ")}
          </p>
        ) : null}
        {rows.map((row, index) => (
          <ReleaseFields key={index} index={index} row={row} errors={errors} />
        ))}
      </fieldset>
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
      <EditMetaFields meta={meta} errors={errors} posted={posted} />
      <EditFormActions cancelHref={cancelHref} />
    </form>
  );
}
