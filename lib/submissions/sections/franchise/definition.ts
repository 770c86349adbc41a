import { slugify } from "@/lib/format/slug";
import { sameName, type Choice } from "../shared-schema";
import { FranchiseValuesSchema, type FranchiseValues } from "./schema";
import type { SectionDefinition, Tx } from "../types";

/** The franchise spelled like this name in any case, or the one whose slug the name would take. */
async function findFranchise(tx: Tx, name: string) {
  const rows = await tx.franchise.findMany({
    where: { OR: [{ name: { equals: name, mode: "insensitive" } }, { slug: slugify(name) }] },
    orderBy: { id: "asc" },
    select: { id: true, name: true },
  });
  return rows.find((row) => sameName(row.name, name)) ?? rows[0] ?? null;
}

/** The franchise a film belongs to, by name; a name Keyframe does not know yet starts a new one. */
export const franchise: SectionDefinition<FranchiseValues> = {
  id: "franchise",
  entityType: "FILM",
  title: "Franchise",
  fields: { franchise: "Franchise" },
  schema: FranchiseValuesSchema,
  shownElsewhere: false,
  formField: /^franchise$/,
  fromForm: (fields) => ({ franchise: fields.franchise?.trim() ? fields.franchise : null }),
  async resolve(tx, _filmId, values) {
    if (values.franchise === null) return { values, errors: {} };
    return { values: { franchise: (await findFranchise(tx, values.franchise))?.name ?? values.franchise }, errors: {} };
  },
  async choices(tx): Promise<Choice[]> {
    const rows = await tx.franchise.findMany({ orderBy: { name: "asc" }, select: { name: true } });
    return rows.map((row) => ({ value: row.name }));
  },
  async read(tx, filmId) {
    const film = await tx.film.findUniqueOrThrow({
      where: { id: filmId },
      select: { franchise: { select: { name: true } } },
    });
    return { franchise: film.franchise?.name ?? null };
  },
  async write(tx, filmId, values) {
    let franchiseId: number | null = null;
    if (values.franchise !== null) {
      const found = await findFranchise(tx, values.franchise);
      franchiseId =
        found?.id ??
        (
          await tx.franchise.create({
            data: { name: values.franchise, slug: slugify(values.franchise) },
            select: { id: true },
          })
        ).id;
    }
    await tx.film.update({ where: { id: filmId }, data: { franchiseId } });
  },
};
