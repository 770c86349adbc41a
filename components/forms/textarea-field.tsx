import type { ReactNode, TextareaHTMLAttributes } from "react";
import { FieldShell } from "./field-shell";

type Props = {
  name: string;
  fieldId?: string;
  label: string;
  errors?: string[];
  hint?: ReactNode;
} & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "name" | "id">;

/** A labelled textarea whose errors and hint are announced with it. */
export function TextareaField({ name, fieldId, label, errors, hint, ...textarea }: Props) {
  return (
    <FieldShell name={name} fieldId={fieldId} label={label} hint={hint} errors={errors}>
      {(control) => (
        <textarea
          {...control}
          className="w-full rounded-md border border-stone-400 bg-white px-3 py-2 aria-invalid:border-red-700"
          {...textarea}
        />
      )}
    </FieldShell>
  );
}
