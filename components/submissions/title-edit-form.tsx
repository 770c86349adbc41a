"use client";

import { useFormAction } from "@/components/forms/use-form-action";
import { Field } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { SelectField } from "@/components/forms/select-field";
import { formatLabel } from "@/lib/format/labels";
import { NAME_MAX, FILM_FORMATS } from "@/lib/submissions/entry-schema";
import { titleFromForm, type TitleValues } from "@/lib/submissions/sections/title/schema";
import { formFeedback, type EditFormProps } from "./edit-form-types";
import { EditFormActions, EditMetaFields } from "./edit-meta-fields";

const FORMAT_OPTIONS = FILM_FORMATS.map((format) => ({ value: format, label: formatLabel(format) }));

/** Title and format: the display title, the native title and its romanisation, and the format. */
export function TitleEditForm({ action, values, meta, cancelHref }: EditFormProps<TitleValues>) {
  const [state, formAction] = useFormAction(action, null);
  const { errors, posted } = formFeedback(state);
  const shown = posted ? titleFromForm(posted) : values;
  return (
    <form action={formAction} className="space-y-6" noValidate>
      <FormMessage state={state} />
      <Field
        name="title"
        label="Title"
        required
        maxLength={NAME_MAX}
        defaultValue={shown.title}
        errors={errors.title}
        hint="The title readers know the work by in English, or its romanised title when it has none."
      />
      <Field
        name="nativeTitle"
        label="Native title"
        maxLength={NAME_MAX}
        defaultValue={shown.nativeTitle}
        errors={errors.nativeTitle}
        lang="ja"
      />
      <Field
        name="romanisedTitle"
        label="Romanised title"
        maxLength={NAME_MAX}
        defaultValue={shown.romanisedTitle}
        errors={errors.romanisedTitle}
        hint="The native title in Latin letters (Hepburn), as in Shingeki no Kyojin."
      />
      <div className="space-y-1">
        <label className="flex items-center gap-2 font-medium">
          <input
            type="checkbox"
            name="romanisedByMachine"
            value="on"
            defaultChecked={shown.romanisedByMachine}
            aria-describedby="romanised-by-machine-hint"
          />
          Romanised by machine, not yet checked
        </label>
        <p id="romanised-by-machine-hint" className="text-sm text-stone-700">
          Clear the box once you have checked or corrected the romanisation.
        </p>
      </div>
      <SelectField
        name="format"
        label="Format"
        options={FORMAT_OPTIONS}
        defaultValue={shown.format}
        errors={errors.format}
      />
      <EditMetaFields meta={meta} errors={errors} posted={posted} />
      <EditFormActions cancelHref={cancelHref} />
    </form>
  );
}
