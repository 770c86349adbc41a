"use client";

import { useFormAction } from "@/components/forms/use-form-action";
import { Field } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { RowListFieldset } from "@/components/forms/row-list-fieldset";
import { errorsUnder, rowField } from "@/lib/forms/numbered-rows";
import type { Choice } from "@/lib/submissions/sections/shared-schema";
import {
  addedTagsFromForm,
  keptTagsFromForm,
  TAG_NAME_MAX,
  type TagsValues,
} from "@/lib/submissions/sections/tags/schema";
import { ChoiceList } from "./choice-list";
import { formFeedback, type EditFormProps } from "./edit-form-types";
import { EditFormActions, EditMetaFields } from "./edit-meta-fields";

type Props = EditFormProps<TagsValues> & {
  choices: readonly Choice[];
  /** What the section lists, plural and singular: "Genres", "genre". */
  title: string;
  noun: string;
};

/**
 * Genres, themes or associations: a checkbox per tag the film has (untick to remove) and boxes
 * for more, suggesting the existing vocabulary; a name it lacks becomes a new tag.
 */
export function TagsEditForm({ action, values, meta, cancelHref, choices, title, noun }: Props) {
  const [state, formAction] = useFormAction(action, null);
  const { errors, posted } = formFeedback(state);
  const checked = posted ? keptTagsFromForm(posted) : values.names;
  // After a failed post a tag the person had unticked stays listed, unticked, so it can be ticked again.
  const listed = [...new Set([...values.names, ...checked])];
  const added = posted ? addedTagsFromForm(posted) : [];
  const messages = errorsUnder(errors, "names");
  const listId = `${noun}-choices`;
  return (
    <form action={formAction} className="space-y-6" noValidate>
      <FormMessage state={state} />
      {messages.length ? (
        <p role="alert" className="text-sm text-red-800">
          {messages.join(" ")}
        </p>
      ) : null}
      <fieldset className="space-y-2">
        <legend className="font-medium">Current {title.toLowerCase()}</legend>
        {listed.length === 0 ? <p className="text-sm text-stone-700">None yet.</p> : null}
        {listed.map((name, index) => (
          <label key={name} className="flex items-center gap-2">
            <input
              type="checkbox"
              name={rowField("names", index)}
              value={name}
              defaultChecked={checked.includes(name)}
            />
            {name}
          </label>
        ))}
      </fieldset>
      <RowListFieldset
        name="newNames"
        legend={`Add a new ${noun}`}
        hint={`Choose an existing ${noun} from the suggestions or type a new one; several can go in one box, separated by commas.`}
        rows={added.filter((name) => name.trim() !== "")}
        blank=""
        posted={posted}
        noun={`new ${noun}`}
        renderRow={(name, index) => (
          <Field
            name={rowField("newNames", index)}
            label={`New ${noun} ${index + 1}`}
            list={listId}
            // Room for a few names separated by commas; each is still held to TAG_NAME_MAX.
            maxLength={TAG_NAME_MAX * 5}
            defaultValue={name}
          />
        )}
      >
        <ChoiceList id={listId} choices={choices} />
      </RowListFieldset>
      <EditMetaFields meta={meta} errors={errors} posted={posted} />
      <EditFormActions cancelHref={cancelHref} />
    </form>
  );
}
