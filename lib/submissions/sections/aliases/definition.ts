import { AliasesValuesSchema, type AliasesValues } from "./schema";
import { formRows } from "../form-rows";
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
  formField: /^aliases\.\d{1,3}$/,
  fromForm: (fields) => ({
    aliases: formRows(fields, "aliases")
      .map((row) => row.value ?? "")
      .filter((alias) => alias.trim() !== ""),
  }),
  async read(tx, filmId) {
    const rows = await tx.alias.findMany({ where: { filmId }, orderBy: { id: "asc" }, select: { name: true } });
    return { aliases: rows.map((row) => row.name) };
  },
  async write(tx, filmId, values) {
    await tx.alias.deleteMany({ where: { filmId } });
    await tx.alias.createMany({ data: values.aliases.map((name) => ({ filmId, name })) });
  },
};
