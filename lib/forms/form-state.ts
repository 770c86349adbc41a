import type { z } from "zod";

/** What a form's server action answers; the form shows it beside the fields. */
export type FormState<Field extends string = string> =
  | {
      ok: false;
      fieldErrors: Partial<Record<Field, string[]>>;
      formError?: string;
      /** What the person typed, so that nothing they wrote is lost. */
      values: Partial<Record<Field, string>>;
    }
  | { ok: true; message: string };

export const initialFormState = null;

/** What a form says when its session ended before it was sent. */
export const SIGNED_OUT = "Your session has ended. Sign in again to continue.";

/** The posted fields, without the ones Next adds to identify the action. */
export function formFields(formData: FormData): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [name, value] of formData.entries()) {
    if (!name.startsWith("$ACTION") && typeof value === "string") fields[name] = value;
  }
  return fields;
}

export function failure<Field extends string>(
  values: Record<string, string>,
  errors: { fieldErrors?: Partial<Record<Field, string[]>>; formError?: string },
  omit: readonly string[] = [],
): FormState<Field> {
  const kept = Object.fromEntries(Object.entries(values).filter(([name]) => !omit.includes(name)));
  return {
    ok: false,
    fieldErrors: errors.fieldErrors ?? {},
    formError: errors.formError,
    values: kept as Partial<Record<Field, string>>,
  };
}

/** zod's issues as messages per field; issues about unknown fields become a form-level error. */
export function zodErrors<Field extends string>(
  error: z.ZodError,
): {
  fieldErrors: Partial<Record<Field, string[]>>;
  formError?: string;
} {
  const fieldErrors: Partial<Record<Field, string[]>> = {};
  let formError: string | undefined;
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") {
      formError = `Unexpected fields: ${issue.keys.join(", ")}.`;
      continue;
    }
    // Nested fields are named like their inputs: releases.0.title.
    const field = issue.path.map(String).join(".") as Field;
    if (!field) {
      formError = issue.message;
      continue;
    }
    (fieldErrors[field] ??= []).push(issue.message);
  }
  return { fieldErrors, formError };
}

/** A domain failure tied to one field, mapped to a message beside it. */
export class FieldError<Field extends string = string> extends Error {
  constructor(
    public readonly field: Field,
    message: string,
  ) {
    super(message);
  }
}
