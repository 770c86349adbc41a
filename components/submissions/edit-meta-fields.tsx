import type { Route } from "next";
import Link from "next/link";
import { Field } from "@/components/forms/field";
import { SubmitButton } from "@/components/forms/submit-button";
import { SOURCE_MAX, SUMMARY_MAX } from "@/lib/submissions/schema";
import type { EditMetaDefaults } from "./edit-form-types";

type Props = {
  meta: EditMetaDefaults;
  errors: Partial<Record<string, string[]>>;
  posted: Record<string, string | undefined> | null;
};

/** Why and from where: every edit carries a summary for the moderator and an optional source. */
export function EditMetaFields({ meta, errors, posted }: Props) {
  return (
    <div className="space-y-4 border-t border-stone-200 pt-4">
      {meta.baseRevisionId !== undefined ? (
        <input type="hidden" name="baseRevisionId" value={meta.baseRevisionId ?? ""} />
      ) : null}
      <Field
        name="summary"
        label="Edit summary"
        hint="Briefly, what you changed and why. Moderators read this first."
        required
        maxLength={SUMMARY_MAX}
        defaultValue={posted?.summary ?? meta.summary}
        errors={errors.summary}
      />
      <Field
        name="source"
        label="Source (optional)"
        hint="A URL or a citation that backs your change."
        maxLength={SOURCE_MAX}
        defaultValue={posted?.source ?? meta.source}
        errors={errors.source}
      />
      {errors.baseRevisionId?.length ? (
        // Only a tampered or mangled hidden field gets here; nothing on the page can fix it but a reload.
        <p role="alert" className="text-sm text-red-800">
          This form is out of date. Reload the page and make your change again.
        </p>
      ) : null}
    </div>
  );
}

export function EditFormActions({ cancelHref }: { cancelHref: Route }) {
  return (
    <div className="space-y-3">
      <div className="flex items-center gap-4">
        <SubmitButton pendingLabel="Saving…">Save Changes</SubmitButton>
        <Link
          href={cancelHref}
          className="rounded-md border border-stone-400 bg-white px-4 py-2 font-medium text-stone-900 hover:no-underline"
        >
          Cancel
        </Link>
      </div>
      <p className="text-sm text-stone-700">Submissions can take several hours to be approved.</p>
    </div>
  );
}
