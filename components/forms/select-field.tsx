import type { SelectHTMLAttributes } from "react";
import { FieldShell } from "./field-shell";

type Props = {
  name: string;
  label: string;
  options: readonly Option[];
  errors?: string[];
  hint?: string;
} & Omit<SelectHTMLAttributes<HTMLSelectElement>, "name" | "id" | "children">;

type Option = { value: string; label: string };

/** The options, plus the row's own value if it is not among them, so a typed value is never lost. */
export function optionsWith(base: readonly Option[], value: string): readonly Option[] {
  return value && !base.some((option) => option.value === value) ? [...base, { value, label: value }] : base;
}

/** A labelled select whose errors and hint are announced with it. */
export function SelectField({ name, label, options, errors, hint, ...select }: Props) {
  return (
    <FieldShell name={name} label={label} hint={hint} errors={errors}>
      {(control) => (
        <select
          {...control}
          className="rounded-md border border-stone-400 bg-white px-3 py-2 aria-invalid:border-red-700"
          {...select}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}
