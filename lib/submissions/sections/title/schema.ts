import { z } from "zod";
import { FILM_FORMATS, nameField, nativeNameField } from "../../entry-schema";

export const TitleValuesSchema = z.strictObject({
  title: nameField("title"),
  nativeTitle: nativeNameField("native title"),
  romanisedTitle: nativeNameField("romanised title"),
  format: z.enum(FILM_FORMATS, { error: "Choose a format." }),
  romanisedByMachine: z.boolean(),
});

export type TitleValues = z.infer<typeof TitleValuesSchema>;

export const TITLE_FORM_FIELD = /^(?:title|nativeTitle|romanisedTitle|format|romanisedByMachine)$/;

/** The form's fields as values; an unticked box posts nothing. */
export function titleFromForm(fields: Record<string, string | undefined>) {
  return {
    title: fields.title ?? "",
    nativeTitle: fields.nativeTitle ?? "",
    romanisedTitle: fields.romanisedTitle ?? "",
    format: fields.format ?? "",
    romanisedByMachine: fields.romanisedByMachine === "on",
  };
}

/** An empty text field is stored as no value. */
export const textOrNull = (text: string) => (text === "" ? null : text);
