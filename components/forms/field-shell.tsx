import type { ReactNode } from "react";
import { fieldControlId } from "@/lib/forms/error-summary";

/** What every control needs to be labelled and to announce its hint and errors. */
export type ControlProps = {
  id: string;
  name: string;
  "aria-invalid"?: true;
  "aria-describedby"?: string;
};

/**
 * The label, hint and errors around one form control, tied to it by id so that screen readers
 * announce them with the control.
 */
export function FieldShell({
  name,
  fieldId,
  label,
  hint,
  errors,
  children,
}: {
  name: string;
  /** Where one page repeats a field name (a form per row), the id that keeps each one distinct. */
  fieldId?: string;
  label: string;
  hint?: ReactNode;
  errors?: string[];
  children: (control: ControlProps) => ReactNode;
}) {
  const id = fieldId ?? fieldControlId(name);
  const describedBy = [hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      {hint ? (
        <div id={`${id}-hint`} className="text-sm text-stone-700">
          {hint}
        </div>
      ) : null}
      {children({
        id,
        name,
        "aria-invalid": errors?.length ? true : undefined,
        "aria-describedby": describedBy || undefined,
      })}
      {errors?.length ? (
        <p id={`${id}-error`} className="text-sm text-red-800">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}
