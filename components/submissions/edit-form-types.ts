import type { Route } from "next";
import type { FormState } from "@/lib/forms/form-state";

/** A server action an edit form posts to: submitEdit or amendOwnSubmission with its ids bound. */
export type EditAction = (previous: FormState | null, formData: FormData) => Promise<FormState>;

/** What the form starts with besides the section's values. */
export type EditMetaDefaults = {
  summary: string;
  source: string;
  /** The revision the form's values were built on, which the edit or amendment is diffed against. */
  baseRevisionId?: number | null;
  /** The form amends a submission rather than making a new edit. */
  amending?: boolean;
};

export type EditFormProps<Values> = {
  action: EditAction;
  values: Values;
  meta: EditMetaDefaults;
  cancelHref: Route;
};

/** A form's messages by input name. */
export type FieldErrors = Partial<Record<string, string[]>>;

/** What the fields of one row of a list need: its place, its values, and the form's messages. */
export type RowFieldsProps<Row, Extra = object> = { index: number; row: Row; errors: FieldErrors } & Extra;

/** The state's field errors and posted values, or none before the first submission. */
export function formFeedback(state: FormState | null) {
  return state && !state.ok
    ? { errors: state.fieldErrors, posted: state.values as Record<string, string | undefined> }
    : { errors: {} as FieldErrors, posted: null };
}
