import { StudioValuesSchema, type StudioValues } from "./schema";
import type { SectionDefinition } from "../types";

export const studio: SectionDefinition<StudioValues> = {
  id: "studio",
  entityType: "STUDIO",
  title: "Studio",
  fields: { name: "Name", nativeName: "Native name", deck: "Deck", description: "Description" },
  wikiText: ["description"],
  schema: StudioValuesSchema,
  // The pages of the works that credit it show its name.
  shownElsewhere: true,
  formField: /^(name|nativeName|deck|description)$/,
  fromForm: (fields) => ({
    name: fields.name ?? "",
    nativeName: fields.nativeName ?? "",
    deck: fields.deck ?? "",
    description: fields.description ?? "",
  }),
  async read(tx, studioId) {
    const row = await tx.studio.findUniqueOrThrow({
      where: { id: studioId },
      select: { name: true, nativeName: true, deck: true, description: true },
    });
    return { ...row, nativeName: row.nativeName ?? "" };
  },
  async write(tx, studioId, values) {
    await tx.studio.update({ where: { id: studioId }, data: { ...values, nativeName: values.nativeName || null } });
  },
};
