"use client";

import { useFormAction } from "@/components/forms/use-form-action";
import { Field } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { RowListFieldset } from "@/components/forms/row-list-fieldset";
import { TextareaField } from "@/components/forms/textarea-field";
import { rowNamer } from "@/lib/forms/numbered-rows";
import {
  SEGMENT_TITLE_MAX,
  SYNOPSIS_MAX,
  segmentRowsFromForm,
  type SegmentRow,
  type SegmentsValues,
} from "@/lib/submissions/sections/segments/schema";
import { formFeedback, type EditFormProps, type RowFieldsProps } from "./edit-form-types";
import { EditFormActions, EditMetaFields } from "./edit-meta-fields";

function SegmentFields({ index, row, errors }: RowFieldsProps<SegmentRow>) {
  const name = rowNamer<SegmentRow>("segments", index);
  const stale = errors[name("id")];
  return (
    <>
      <input type="hidden" name={name("id")} value={row.id} />
      {stale?.length ? (
        <p role="alert" className="col-span-full text-sm text-red-800">
          {stale.join(" ")}
        </p>
      ) : null}
      <Field
        name={name("title")}
        label="Title"
        maxLength={SEGMENT_TITLE_MAX}
        defaultValue={row.title}
        errors={errors[name("title")]}
      />
      <Field
        name={name("nativeTitle")}
        label="Native title"
        lang="ja"
        maxLength={SEGMENT_TITLE_MAX}
        defaultValue={row.nativeTitle}
        errors={errors[name("nativeTitle")]}
      />
      <Field
        name={name("runtimeMinutes")}
        label="Runtime (min)"
        inputMode="numeric"
        maxLength={6}
        defaultValue={row.runtimeMinutes}
        errors={errors[name("runtimeMinutes")]}
      />
      <div className="col-span-full">
        <TextareaField
          name={name("synopsis")}
          label="Synopsis"
          rows={3}
          maxLength={SYNOPSIS_MAX}
          defaultValue={row.synopsis}
          errors={errors[name("synopsis")]}
        />
      </div>
    </>
  );
}

const rowsOf = (values: SegmentsValues): SegmentRow[] =>
  values.segments.map((segment) => ({
    id: segment.id?.toString() ?? "",
    order: "",
    title: segment.title,
    nativeTitle: segment.nativeTitle,
    synopsis: segment.synopsis,
    runtimeMinutes: segment.runtimeMinutes?.toString() ?? "",
  }));

const blankRow: SegmentRow = { id: "", order: "", title: "", nativeTitle: "", synopsis: "", runtimeMinutes: "" };

/** Segments: an anthology's stories, in order; each row keeps its segment's id so its credits stay. */
export function SegmentsEditForm({ action, values, meta, cancelHref }: EditFormProps<SegmentsValues>) {
  const [state, formAction] = useFormAction(action, null);
  const { errors, posted } = formFeedback(state);
  return (
    <form action={formAction} className="space-y-6" noValidate>
      <FormMessage state={state} />
      <RowListFieldset
        name="segments"
        legend="Segments"
        hint="One row per story, in order. Fill in an empty row to add a segment, or add more rows; empty a row's text fields to remove it (its credits then count for the whole film)."
        errors={errors.segments}
        rows={posted ? segmentRowsFromForm(posted) : rowsOf(values)}
        blank={blankRow}
        posted={posted}
        noun="segment"
        row={{ legend: (index) => `Segment ${index + 1}`, className: "sm:grid-cols-[1fr_1fr_8rem]" }}
        orderHint="Change the number to move this segment: 0 puts it first, 1.5 between the first and second."
        renderRow={(row, index) => <SegmentFields index={index} row={row} errors={errors} />}
      />
      <EditMetaFields meta={meta} errors={errors} posted={posted} />
      <EditFormActions cancelHref={cancelHref} />
    </form>
  );
}
