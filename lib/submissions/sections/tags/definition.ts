import { byName, type Choice } from "../shared-schema";
import { TAGS_FORM_FIELD, TagsValuesSchema, addedTagsFromForm, keptTagsFromForm, type TagsValues } from "./schema";
import { conceptTable, ensureRows, existingRows, genreTable, rowFor, themeTable, type TagTable } from "./tables";
import type { SectionDefinition } from "../types";

/**
 * A film's tags from one vocabulary. The form posts the kept tags as names.<n> checkboxes and new
 * ones in newNames.<n> boxes, several to a box separated by commas; a name the vocabulary lacks is
 * created when the edit applies.
 */
function tagSection(id: string, title: string, table: TagTable): SectionDefinition<TagsValues> {
  return {
    id,
    entityType: "FILM",
    title,
    fields: { names: title },
    schema: TagsValuesSchema,
    shownElsewhere: false,
    rowKey: { names: (name) => name.toLowerCase() },
    display: { names: { line: (name) => name } },
    formField: TAGS_FORM_FIELD,
    fromForm: (fields) => ({
      names: [...keptTagsFromForm(fields), ...addedTagsFromForm(fields)]
        .flatMap((value) => value.split(","))
        .map((name) => name.trim())
        .filter((name) => name !== ""),
    }),
    async resolve(tx, _filmId, values) {
      const rows = await existingRows(tx, table, values.names);
      // Two spellings of one existing tag ("Sci-Fi", "sci fi") become that tag once.
      const names = new Set(values.names.map((name) => rowFor(rows, name)?.name ?? name));
      return { values: { names: [...names].toSorted(byName) }, errors: {} };
    },
    async choices(tx): Promise<Choice[]> {
      return (await table.vocabulary(tx)).map((row) => ({ value: row.name }));
    },
    async read(tx, filmId) {
      return { names: (await table.linked(tx, filmId)).toSorted(byName) };
    },
    async write(tx, filmId, values) {
      const rows = await ensureRows(tx, table, values.names);
      const ids = new Set(values.names.flatMap((name) => rowFor(rows, name)?.id ?? []));
      await table.relink(tx, filmId, [...ids]);
    },
  };
}

export const genres = tagSection("genres", "Genres", genreTable);
export const themes = tagSection("themes", "Themes", themeTable);
export const associations = tagSection("associations", "Associations", conceptTable);
