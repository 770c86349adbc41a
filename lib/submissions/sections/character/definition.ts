import { CharacterValuesSchema, type CharacterValues } from "./schema";
import type { SectionDefinition } from "../types";

export const character: SectionDefinition<CharacterValues> = {
  id: "character",
  entityType: "CHARACTER",
  title: "Character",
  fields: { name: "Name", nativeName: "Native name", deck: "Deck", description: "Description" },
  wikiText: ["description"],
  schema: CharacterValuesSchema,
  // Films' casts and voice actors' pages name the character.
  shownElsewhere: true,
  formField: /^(name|nativeName|deck|description)$/,
  fromForm: (fields) => ({
    name: fields.name ?? "",
    nativeName: fields.nativeName ?? "",
    deck: fields.deck ?? "",
    description: fields.description ?? "",
  }),
  async read(tx, characterId) {
    const row = await tx.character.findUniqueOrThrow({
      where: { id: characterId },
      select: { name: true, nativeName: true, deck: true, description: true },
    });
    return { ...row, nativeName: row.nativeName ?? "" };
  },
  async write(tx, characterId, values) {
    await tx.character.update({
      where: { id: characterId },
      data: { ...values, nativeName: values.nativeName || null },
    });
  },
};
