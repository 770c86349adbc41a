import { z } from "zod";
import { deckField, nameField, nativeNameField } from "../../entry-schema";
import { wikiTextSchema } from "../../schema";

export const CharacterValuesSchema = z.strictObject({
  name: nameField("name"),
  nativeName: nativeNameField("native name"),
  deck: deckField,
  description: wikiTextSchema("description"),
});

export type CharacterValues = z.infer<typeof CharacterValuesSchema>;
