import { z } from "zod";
import { deckField, nameField, nativeNameField } from "../../entry-schema";
import { wikiTextSchema } from "../../schema";

/** The person section: who they are, in their own script too, and the wiki text about them. */
export const PersonValuesSchema = z.strictObject({
  name: nameField("name"),
  nativeName: nativeNameField("native name"),
  deck: deckField,
  bio: wikiTextSchema("biography"),
});

export type PersonValues = z.infer<typeof PersonValuesSchema>;
