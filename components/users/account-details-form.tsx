"use client";

import { useEffect } from "react";
import { useFormAction } from "@/components/forms/use-form-action";
import { Field } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import { useRefreshViewer } from "@/components/viewer/viewer-context";
import { updateAccountDetails } from "@/lib/users/actions";
import { DISPLAY_NAME_MAX } from "@/lib/users/schema";

/**
 * The signed-in person's display name; what they typed stays when it is refused. The page stays
 * put after saving, so the header, which reads the viewer on navigation, is told to read the new
 * name.
 */
export function AccountDetailsForm({ displayName, username }: { displayName: string; username: string }) {
  const [state, action] = useFormAction(updateAccountDetails, null);
  const failed = state && !state.ok ? state : null;
  const refreshViewer = useRefreshViewer();
  useEffect(() => {
    if (state?.ok) refreshViewer();
  }, [state, refreshViewer]);
  return (
    <form action={action} className="max-w-md space-y-4">
      <FormMessage state={state} />
      <Field
        name="displayName"
        label="Display name"
        hint={`Shown on your profile, your lists and among a film's Top Editors. You sign in as ${username}, which stays.`}
        maxLength={DISPLAY_NAME_MAX}
        required
        autoComplete="nickname"
        defaultValue={failed ? failed.values.displayName : displayName}
        errors={failed?.fieldErrors.displayName}
      />
      <SubmitButton pendingLabel="Saving…">Save</SubmitButton>
    </form>
  );
}
