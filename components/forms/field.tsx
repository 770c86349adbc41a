import type { InputHTMLAttributes, ReactNode } from "react";
import { FieldShell } from "./field-shell";

type Props = {
  name: string;
  label: string;
  errors?: string[];
  hint?: ReactNode;
} & Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "id">;

/** A labelled input whose errors and hint are announced with it. */
export function Field({ name, label, errors, hint, ...input }: Props) {
  return (
    <FieldShell name={name} label={label} hint={hint} errors={errors}>
      {(control) => (
        <input
          {...control}
          className="w-full rounded-md border border-stone-400 bg-white px-3 py-2 aria-invalid:border-red-700"
          {...input}
        />
      )}
    </FieldShell>
  );
}
