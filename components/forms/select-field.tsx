import type { SelectHTMLAttributes } from "react";

type Props = {
  name: string;
  label: string;
  options: readonly { value: string; label: string }[];
  errors?: string[];
  hint?: string;
} & Omit<SelectHTMLAttributes<HTMLSelectElement>, "name" | "id" | "children">;

/** A labelled select whose errors and hint are announced with it, like Field. */
export function SelectField({ name, label, options, errors, hint, ...select }: Props) {
  const id = `field-${name}`;
  const describedBy = [hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-stone-700">
          {hint}
        </p>
      ) : null}
      <select
        id={id}
        name={name}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy || undefined}
        className="rounded-md border border-stone-400 bg-white px-3 py-2 aria-invalid:border-red-700"
        {...select}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {errors?.length ? (
        <p id={`${id}-error`} className="text-sm text-red-800">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}
