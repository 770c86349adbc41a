import { z } from "zod";
import { deckField, nameField, nativeNameField } from "../../entry-schema";
import { wikiTextSchema } from "../../schema";

/** The studio section: its name, in its own script too, and the wiki text about it. */
export const StudioValuesSchema = z.strictObject({
  name: nameField("name"),
  nativeName: nativeNameField("native name"),
  deck: deckField,
  description: wikiTextSchema("description"),
});

export type StudioValues = z.infer<typeof StudioValuesSchema>;
