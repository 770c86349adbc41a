import type { ReactNode, TextareaHTMLAttributes } from "react";

type Props = {
  name: string;
  label: string;
  errors?: string[];
  hint?: ReactNode;
} & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "name" | "id">;

/** A labelled textarea whose errors and hint are announced with it, like Field. */
export function TextareaField({ name, label, errors, hint, ...textarea }: Props) {
  const id = `field-${name}`;
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
      <textarea
        id={id}
        name={name}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy || undefined}
        className="w-full rounded-md border border-stone-400 bg-white px-3 py-2 aria-invalid:border-red-700"
        {...textarea}
      />
      {errors?.length ? (
        <p id={`${id}-error`} className="text-sm text-red-800">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}
