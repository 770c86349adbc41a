import { DescriptionValuesSchema, type DescriptionValues } from "./schema";
import type { SectionDefinition } from "../types";

export const description: SectionDefinition<DescriptionValues> = {
  id: "description",
  entityType: "FILM",
  title: "Description",
  fields: { deck: "Deck", description: "Description" },
  wikiText: ["description"],
  schema: DescriptionValuesSchema,
  shownElsewhere: false,
  formField: /^(deck|description)$/,
  fromForm: (fields) => ({ deck: fields.deck ?? "", description: fields.description ?? "" }),
  async read(tx, filmId) {
    return tx.film.findUniqueOrThrow({ where: { id: filmId }, select: { deck: true, description: true } });
  },
  async write(tx, filmId, values) {
    await tx.film.update({ where: { id: filmId }, data: values });
  },
};
