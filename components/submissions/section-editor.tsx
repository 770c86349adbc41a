import type { DescriptionValues, GeneralValues } from "@/lib/submissions/schema";
import type { SectionId } from "@/lib/submissions/sections";
import { DescriptionEditForm } from "./description-edit-form";
import type { EditFormProps } from "./edit-form-types";
import { GeneralEditForm } from "./general-edit-form";

type Props = Omit<EditFormProps<unknown>, "values"> & { section: SectionId; values: Record<string, unknown> };

/** The form for one section of a film, for a new edit or for amending a submission. */
export function SectionEditor({ section, values, ...form }: Props) {
  // Values come from the section's own read or from a change set its schema accepted, so they have its shape.
  switch (section) {
    case "description":
      return <DescriptionEditForm {...form} values={values as DescriptionValues} />;
    case "general":
      return <GeneralEditForm {...form} values={values as GeneralValues} />;
  }
}
