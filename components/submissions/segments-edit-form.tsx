"use client";

import { useFormAction } from "@/components/forms/use-form-action";
import { Field } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { RowListFieldset } from "@/components/forms/row-list-fieldset";
import { TextareaField } from "@/components/forms/textarea-field";
import { rowField } from "@/lib/forms/numbered-rows";
import {
  SEGMENT_TITLE_MAX,
  SYNOPSIS_MAX,
  segmentRowsFromForm,
  type SegmentRow,
  type SegmentsValues,
} from "@/lib/submissions/sections/segments/schema";
import { formFeedback, type EditFormProps } from "./edit-form-types";
import { EditFormActions, EditMetaFields } from "./edit-meta-fields";

/** Empty rows after the segments, so a segment can be added without JavaScript. */
const EMPTY_ROWS = 2;

type Errors = Partial<Record<string, string[]>>;

function SegmentFields({ index, row, errors }: { index: number; row: SegmentRow; errors: Errors }) {
  const name = (field: keyof SegmentRow) => rowField("segments", index, field);
  const stale = errors[name("id")];
  return (
    <>
      <input type="hidden" name={name("id")} value={row.id} />
      {stale?.length ? (
        <p role="alert" className="text-sm text-red-800 sm:col-span-4">
          {stale.join(" ")}
        </p>
      ) : null}
      <Field name={name("order")} label="Order" inputMode="decimal" maxLength={6} defaultValue={row.order} />
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
      <div className="sm:col-span-4">
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
  const rows = [
    ...(posted ? segmentRowsFromForm(posted) : rowsOf(values)),
    ...Array<SegmentRow>(EMPTY_ROWS).fill(blankRow),
  ]
    // Rows are shown in their new order, so the numbers start again from 1.
    .map((row, index) => ({ ...row, order: String(index + 1) }));
  return (
    <form action={formAction} className="space-y-6" noValidate>
      <FormMessage state={state} />
      <RowListFieldset
        name="segments"
        legend="Segments"
        hint="One row per story, in order. To move a segment, change its Order: 0 puts it first, 1.5 between the first and second. Fill in an empty row to add a segment; empty a row's text fields to remove it (its credits then count for the whole film)."
        errors={errors.segments}
        rows={rows}
        row={{ legend: (index) => `Segment ${index + 1}`, className: "sm:grid-cols-[6rem_1fr_1fr_8rem]" }}
        renderRow={(row, index) => <SegmentFields index={index} row={row} errors={errors} />}
      />
      <EditMetaFields meta={meta} errors={errors} posted={posted} />
      <EditFormActions cancelHref={cancelHref} />
    </form>
  );
}
