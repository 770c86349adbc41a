import { titleKindLabel } from "@/lib/titles/kinds";
import { ALIASES_FORM_FIELD, AliasesValuesSchema, aliasKey, aliasRowsFromForm, type AliasesValues } from "./schema";
import type { SectionDefinition } from "../types";

/** The work's alternative titles, each in a language and of a kind, in the order they were added. */
export const aliases: SectionDefinition<AliasesValues> = {
  id: "aliases",
  entityType: "FILM",
  title: "Alternative titles",
  fields: { aliases: "Alternative titles" },
  schema: AliasesValuesSchema,
  shownElsewhere: false,
  rowKey: { aliases: (alias) => aliasKey(alias).toLowerCase() },
  display: { aliases: { line: (alias) => `${alias.title} (${alias.language}, ${titleKindLabel(alias.kind)})` } },
  formField: ALIASES_FORM_FIELD,
  fromForm: (fields) => ({ aliases: aliasRowsFromForm(fields) }),
  async read(tx, filmId) {
    const rows = await tx.alias.findMany({
      where: { filmId },
      orderBy: { id: "asc" },
      select: { name: true, language: true, kind: true },
    });
    return { aliases: rows.map((row) => ({ title: row.name, language: row.language, kind: row.kind })) };
  },
  async write(tx, filmId, values) {
    await tx.alias.deleteMany({ where: { filmId } });
    await tx.alias.createMany({
      data: values.aliases.map((alias) => ({ filmId, name: alias.title, language: alias.language, kind: alias.kind })),
    });
  },
};
