import { z } from "zod";
import { postedValues, rowNames } from "@/lib/forms/numbered-rows";
import { textField } from "@/lib/forms/text";
import { slugify } from "@/lib/format/slug";
import { byName, refuseRepeats } from "../shared-schema";

export const TAGS_MAX = 50;
export const TAG_NAME_MAX = 100;

export const TagNameSchema = textField()
  .trim()
  .min(1, "A name cannot be empty.")
  .max(TAG_NAME_MAX, `Names are at most ${TAG_NAME_MAX} characters long.`)
  .refine((name) => slugify(name) !== "", "A name needs letters or digits.");

export const TagsValuesSchema = z.strictObject({
  names: z
    .array(TagNameSchema)
    .max(TAGS_MAX, `At most ${TAGS_MAX} names.`)
    .superRefine(
      refuseRepeats(
        (name) => name,
        (name) => `“${name}” is listed twice.`,
      ),
    )
    .transform((names) => names.toSorted(byName)),
});

export type TagsValues = z.infer<typeof TagsValuesSchema>;

export const TAGS_FORM_FIELD = new RegExp(`^(?:${rowNames("names")}|${rowNames("newNames")})$`);

/** The kept tags' names.<n> checkboxes, in order. */
export const keptTagsFromForm = (fields: Record<string, string | undefined>) => postedValues(fields, "names");

/** The newNames.<n> boxes, in order, each of which may hold several names separated by commas. */
export const addedTagsFromForm = (fields: Record<string, string | undefined>) => postedValues(fields, "newNames");
