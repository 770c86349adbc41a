"use client";

import { useFormAction } from "@/components/forms/use-form-action";
import { Field } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import type { BroadcastValues } from "@/lib/submissions/sections/broadcast/schema";
import { formFeedback, type EditFormProps } from "./edit-form-types";
import { EditFormActions, EditMetaFields } from "./edit-meta-fields";

/** Broadcast: when a series first aired in Japan, how often, and when it last aired. */
export function BroadcastEditForm({ action, values, meta, cancelHref }: EditFormProps<BroadcastValues>) {
  const [state, formAction] = useFormAction(action, null);
  const { errors, posted } = formFeedback(state);
  return (
    <form action={formAction} className="space-y-6" noValidate>
      <FormMessage state={state} />
      <Field
        name="firstAiring"
        label="First broadcast (Japan time)"
        type="datetime-local"
        defaultValue={posted ? posted.firstAiring : values.firstAiring}
        errors={errors.firstAiring}
        hint="The date and time the first episode aired in Japan (JST, UTC+9), as YYYY-MM-DDTHH:MM."
      />
      <Field
        name="intervalDays"
        label="Days between episodes"
        inputMode="numeric"
        maxLength={2}
        defaultValue={posted ? posted.intervalDays : (values.intervalDays?.toString() ?? "")}
        errors={errors.intervalDays}
        hint="7 for a weekly series; empty when it has no regular slot."
      />
      <Field
        name="lastAiring"
        label="Last broadcast"
        maxLength={10}
        placeholder="YYYY-MM-DD"
        defaultValue={posted ? posted.lastAiring : values.lastAiring}
        errors={errors.lastAiring}
        hint="The date the last episode aired in Japan; empty while it is still airing or not known."
      />
      <EditMetaFields meta={meta} errors={errors} posted={posted} />
      <EditFormActions cancelHref={cancelHref} />
    </form>
  );
}
