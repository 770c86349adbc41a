import { ALIASES_FORM_FIELD, AliasesValuesSchema, aliasesFromForm, type AliasesValues } from "./schema";
import type { SectionDefinition } from "../types";

/** The film's other names, in the order they were added. */
export const aliases: SectionDefinition<AliasesValues> = {
  id: "aliases",
  entityType: "FILM",
  title: "Aliases",
  fields: { aliases: "Aliases" },
  schema: AliasesValuesSchema,
  shownElsewhere: false,
  rowKey: { aliases: (alias) => alias.toLowerCase() },
  display: { aliases: { line: (alias) => alias } },
  formField: ALIASES_FORM_FIELD,
  fromForm: (fields) => ({ aliases: aliasesFromForm(fields) }),
  async read(tx, filmId) {
    const rows = await tx.alias.findMany({ where: { filmId }, orderBy: { id: "asc" }, select: { name: true } });
    return { aliases: rows.map((row) => row.name) };
  },
  async write(tx, filmId, values) {
    await tx.alias.deleteMany({ where: { filmId } });
    await tx.alias.createMany({ data: values.aliases.map((name) => ({ filmId, name })) });
  },
};
