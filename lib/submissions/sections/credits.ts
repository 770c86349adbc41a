import { SectionFieldErrors } from "../errors";
import {
  CREDIT_FORM_FIELD,
  CreditsValuesSchema,
  creditRowsFromForm,
  type CreditChoices,
  type CreditsValues,
} from "../credit-schema";
import type { SectionDefinition, Tx } from "./types";

const PEOPLE_OFFERED = 5000;

/**
 * The credits' people, roles and segments as ids, in three queries whatever the number of rows;
 * what does not resolve, or repeats an earlier credit, is an error beside its row.
 */
async function resolveCredits(tx: Tx, filmId: number, values: CreditsValues) {
  const typed = [...new Set(values.credits.map((credit) => credit.person.trim()))];
  const people = await tx.person.findMany({
    where: {
      OR: [{ slug: { in: typed.map((text) => text.toLowerCase()) } }, { name: { in: typed, mode: "insensitive" } }],
    },
    select: { id: true, slug: true, name: true },
  });
  const roles = await tx.creditRole.findMany({
    where: { name: { in: values.credits.map((credit) => credit.role) } },
    select: { id: true, name: true },
  });
  const segments = await tx.segment.findMany({ where: { filmId }, select: { id: true, title: true } });

  /** By slug, else by a name only one person has. */
  const personFor = (typed: string) => {
    const text = typed.toLowerCase();
    const byName = people.filter((person) => person.name.toLowerCase() === text);
    return {
      person: people.find((person) => person.slug === text) ?? (byName.length === 1 ? byName[0] : undefined),
      named: byName.length,
    };
  };

  const errors: Record<string, string[]> = {};
  const seen = new Set<string>();
  const rows = values.credits.flatMap((credit, index) => {
    const key = (field: string) => `credits.${index}.${field}`;
    const { person, named } = personFor(credit.person);
    const role = roles.find((candidate) => candidate.name === credit.role);
    const segment = segments.find((candidate) => candidate.title === credit.segment);
    if (!person) {
      errors[key("person")] = [
        named > 1
          ? `Several people are called ${credit.person}. Choose one from the list by their slug.`
          : `No person called ${credit.person}. Choose someone from the list, or check the spelling.`,
      ];
    }
    if (!role) errors[key("role")] = [`${credit.role} is not a credit role. Choose one from the list.`];
    if (credit.segment && !segment) {
      errors[key("segment")] = [`This film has no segment called ${credit.segment}.`];
    }
    if (!person || !role || (credit.segment && !segment)) return [];
    const identity = `${person.id}:${role.id}:${segment?.id ?? ""}`;
    if (seen.has(identity)) {
      errors[key("person")] = [
        `${person.name} is already credited as ${role.name}${segment ? ` on ${segment.title}` : ""}.`,
      ];
      return [];
    }
    seen.add(identity);
    return [{ personId: person.id, roleId: role.id, segmentId: segment?.id ?? null, note: credit.note }];
  });
  // A person typed by name is stored by slug, as read() gives it back, so diffs compare like with like.
  const prepared = values.credits.map((credit) => ({
    ...credit,
    person: personFor(credit.person).person?.slug ?? credit.person,
  }));
  return { errors, rows, prepared };
}

export const credits: SectionDefinition<CreditsValues> = {
  id: "credits",
  entityType: "FILM",
  title: "Staff",
  fields: { credits: "Credits" },
  schema: CreditsValuesSchema,
  formField: CREDIT_FORM_FIELD,
  fromForm: (fields) => ({ credits: creditRowsFromForm(fields) }),
  async read(tx, filmId) {
    const rows = await tx.credit.findMany({
      where: { filmId },
      orderBy: [{ position: "asc" }, { id: "asc" }],
      select: {
        note: true,
        person: { select: { slug: true } },
        role: { select: { name: true } },
        segment: { select: { title: true } },
      },
    });
    return {
      credits: rows.map((row) => ({
        person: row.person.slug,
        role: row.role.name,
        segment: row.segment?.title ?? "",
        note: row.note,
      })),
    };
  },
  async prepare(tx, filmId, values) {
    return { credits: (await resolveCredits(tx, filmId, values)).prepared };
  },
  async check(tx, filmId, values) {
    return (await resolveCredits(tx, filmId, values)).errors;
  },
  async write(tx, filmId, values) {
    const { errors, rows } = await resolveCredits(tx, filmId, values);
    // Someone may have removed a person or segment between the submission and its approval.
    if (Object.keys(errors).length > 0) throw new SectionFieldErrors(errors);
    await tx.credit.deleteMany({ where: { filmId } });
    await tx.credit.createMany({ data: rows.map((row, index) => ({ ...row, filmId, position: index + 1 })) });
  },
  async choices(tx, filmId): Promise<CreditChoices> {
    const people = await tx.person.findMany({
      orderBy: { name: "asc" },
      take: PEOPLE_OFFERED,
      select: { slug: true, name: true },
    });
    const roles = await tx.creditRole.findMany({ orderBy: { position: "asc" }, select: { name: true } });
    const segments = await tx.segment.findMany({
      where: { filmId },
      orderBy: { position: "asc" },
      select: { title: true },
    });
    return { people, roles: roles.map((role) => role.name), segments: segments.map((segment) => segment.title) };
  },
};
