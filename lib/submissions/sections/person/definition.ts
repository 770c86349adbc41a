import { PersonValuesSchema, type PersonValues } from "./schema";
import type { SectionDefinition } from "../types";

export const person: SectionDefinition<PersonValues> = {
  id: "person",
  entityType: "PERSON",
  title: "Person",
  fields: { name: "Name", nativeName: "Native name", deck: "Deck", bio: "Biography" },
  wikiText: ["bio"],
  schema: PersonValuesSchema,
  // The films they worked on and the characters they voice name them.
  shownElsewhere: true,
  formField: /^(name|nativeName|deck|bio)$/,
  fromForm: (fields) => ({
    name: fields.name ?? "",
    nativeName: fields.nativeName ?? "",
    deck: fields.deck ?? "",
    bio: fields.bio ?? "",
  }),
  async read(tx, personId) {
    const row = await tx.person.findUniqueOrThrow({
      where: { id: personId },
      select: { name: true, nativeName: true, deck: true, bio: true },
    });
    return { ...row, nativeName: row.nativeName ?? "" };
  },
  async write(tx, personId, values) {
    await tx.person.update({ where: { id: personId }, data: { ...values, nativeName: values.nativeName || null } });
  },
};
