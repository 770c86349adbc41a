"use client";

import { useFormAction } from "@/components/forms/use-form-action";
import { Field } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { RowListFieldset } from "@/components/forms/row-list-fieldset";
import { SelectField, optionsWith } from "@/components/forms/select-field";
import { rowNamer } from "@/lib/forms/numbered-rows";
import { STREAM_SITES, STREAM_SITE_IDS } from "@/lib/streams/sites";
import {
  streamRowsFromForm,
  streamToRow,
  type StreamRow,
  type StreamsValues,
} from "@/lib/submissions/sections/streams/schema";
import { formFeedback, type EditFormProps, type RowFieldsProps } from "./edit-form-types";
import { EditFormActions, EditMetaFields } from "./edit-meta-fields";

const SITE_OPTIONS = STREAM_SITE_IDS.map((site) => ({ value: site, label: STREAM_SITES[site].label }));

function StreamFields({ index, row, errors }: RowFieldsProps<StreamRow>) {
  const name = rowNamer<StreamRow>("streams", index);
  return (
    <>
      <SelectField
        name={name("site")}
        label="Site"
        options={optionsWith(SITE_OPTIONS, row.site)}
        defaultValue={row.site || "crunchyroll"}
        errors={errors[name("site")]}
      />
      <Field name={name("id")} label="Id" defaultValue={row.id} maxLength={300} errors={errors[name("id")]} />
      <Field
        name={name("regions")}
        label="Regions"
        defaultValue={row.regions}
        maxLength={200}
        autoCapitalize="characters"
        placeholder="JP HK TW"
        errors={errors[name("regions")]}
      />
      <Field
        name={name("since")}
        label="Since"
        defaultValue={row.since}
        maxLength={10}
        placeholder="YYYY-MM-DD"
        errors={errors[name("since")]}
      />
    </>
  );
}

const blankRow: StreamRow = { site: "", id: "", regions: "", since: "" };

/** Where to watch: a row per legal streaming site, with the work's id there and the regions it serves. */
export function StreamsEditForm({ action, values, meta, cancelHref }: EditFormProps<StreamsValues>) {
  const [state, formAction] = useFormAction(action, null);
  const { errors, posted } = formFeedback(state);
  return (
    <form action={formAction} className="space-y-6" noValidate>
      <FormMessage state={state} />
      <RowListFieldset
        name="streams"
        legend="Streaming sites"
        hint="One row per legal site: the work's id there, as in its address; the regions it is offered in as two-letter codes (empty when everywhere); the date it became available. Clear a row's id to remove it."
        errors={errors.streams}
        rows={posted ? streamRowsFromForm(posted) : values.streams.map(streamToRow)}
        blank={blankRow}
        posted={posted}
        noun="stream"
        row={{ legend: (index) => `Stream ${index + 1}`, className: "sm:grid-cols-[14rem_1fr_10rem_9rem]" }}
        renderRow={(row, index) => <StreamFields index={index} row={row} errors={errors} />}
      />
      <EditMetaFields meta={meta} errors={errors} posted={posted} />
      <EditFormActions cancelHref={cancelHref} />
    </form>
  );
}
