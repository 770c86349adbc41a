import type { FormState } from "@/lib/forms/form-state";
import { ErrorSummary } from "./error-summary";

/**
 * The form-wide outcome, at the top of the form: a confirmation, the summary of the fields' errors,
 * or an error that belongs to no single field.
 */
export function FormMessage({ state }: { state: FormState | null }) {
  if (!state) return null;
  if (state.ok) {
    return (
      <p role="status" className="rounded-md border border-green-700 bg-green-50 px-3 py-2 text-green-900">
        {state.message}
      </p>
    );
  }
  if (Object.keys(state.fieldErrors).length > 0) {
    return <ErrorSummary fieldErrors={state.fieldErrors} formError={state.formError} />;
  }
  if (!state.formError) return null;
  return (
    <p role="alert" className="rounded-md border border-red-700 bg-red-50 px-3 py-2 text-red-900">
      {state.formError}
    </p>
  );
}
