import { TITLE_FORM_FIELD, TitleValuesSchema, textOrNull, titleFromForm, type TitleValues } from "./schema";
import type { SectionDefinition } from "../types";

/**
 * The work's title, its title in the original language and that title in Latin letters, and its
 * format. A romanisation made by a machine (the importer's) stays marked until an editor confirms
 * or corrects it, by clearing the box.
 */
export const title: SectionDefinition<TitleValues> = {
  id: "title",
  entityType: "FILM",
  title: "Title and format",
  fields: {
    title: "Title",
    nativeTitle: "Native title",
    romanisedTitle: "Romanised title",
    format: "Format",
    romanisedByMachine: "Romanised by machine",
  },
  schema: TitleValuesSchema,
  // Every page naming the work shows its title.
  shownElsewhere: true,
  // "format" reads as a word in diffs already, as the new-film proposal shows it.
  display: {
    romanisedByMachine: { text: (value) => (value ? "yes, not yet checked by an editor" : "no") },
  },
  formField: TITLE_FORM_FIELD,
  fromForm: titleFromForm,
  async read(tx, filmId) {
    const film = await tx.film.findUniqueOrThrow({
      where: { id: filmId },
      select: { title: true, nativeTitle: true, romanisedTitle: true, format: true, romanisedByMachine: true },
    });
    return {
      title: film.title,
      nativeTitle: film.nativeTitle ?? "",
      romanisedTitle: film.romanisedTitle ?? "",
      format: film.format,
      romanisedByMachine: film.romanisedByMachine,
    };
  },
  async write(tx, filmId, values) {
    await tx.film.update({
      where: { id: filmId },
      data: {
        title: values.title,
        nativeTitle: textOrNull(values.nativeTitle),
        romanisedTitle: textOrNull(values.romanisedTitle),
        format: values.format,
        romanisedByMachine: values.romanisedByMachine && values.romanisedTitle !== "",
      },
    });
  },
};
