import { rowField } from "@/lib/forms/numbered-rows";
import { SectionFieldErrors } from "../../errors";
import {
  CREDIT_FORM_FIELD,
  CreditsValuesSchema,
  creditRowsFromForm,
  type CreditChoices,
  type CreditValue,
  type CreditsValues,
} from "./schema";
import {
  createNamed,
  idOf,
  newNames,
  refIdentity,
  refName,
  resolveNamed,
  slugOrName,
  storedName,
  withNamesakeDetails,
} from "../named-entries";
import { PERSON } from "../named-kinds";
import { episodesByCode, workPartChoices } from "../part-lookup";
import { episodeCode } from "@/lib/episodes/codes";
import { pickerEntries } from "@/lib/search/entry-works";
import type { EntryNames } from "../../display";
import type { SectionDefinition, Tx } from "../types";

/**
 * The credits' people, roles and segments as ids, in three queries whatever the number of rows;
 * what does not resolve, or repeats an earlier credit, is an error beside its row. When applying,
 * a new person someone has created since the check is taken rather than made twice.
 */
async function resolveCredits(tx: Tx, filmId: number, values: CreditsValues, applying = false) {
  const typed = [...new Set(values.credits.map((credit) => credit.person))];
  const people = await withNamesakeDetails(
    tx,
    PERSON,
    await tx.person.findMany({ where: slugOrName(typed), select: { id: true, slug: true, name: true } }),
  );
  const roles = await tx.creditRole.findMany({
    where: { name: { in: values.credits.map((credit) => credit.role) } },
    select: { id: true, name: true },
  });
  const segments = await tx.segment.findMany({ where: { filmId }, select: { id: true, title: true } });
  const episodes = await episodesByCode(tx, filmId);

  const errors: Record<string, string[]> = {};
  const seen = new Set<string>();
  const rows = values.credits.flatMap((credit, index) => {
    const key = (field: string) => rowField("credits", index, field);
    const resolved = resolveNamed(PERSON, people, credit.person, credit.newPerson ?? false, applying);
    if ("error" in resolved) errors[key("person")] = [resolved.error];
    const person = "ref" in resolved ? resolved.ref : undefined;
    const role = roles.find((candidate) => candidate.name === credit.role);
    const segment = segments.find((candidate) => candidate.title === credit.segment);
    if (!role) errors[key("role")] = [`${credit.role} is not a credit role. Choose one from the list.`];
    if (credit.segment && !segment) {
      errors[key("segment")] = [`This film has no segment called ${credit.segment}.`];
    }
    const episode = credit.episode ? episodes.get(credit.episode) : undefined;
    if (credit.episode && !episode) errors[key("episode")] = [`This series has no episode ${credit.episode}.`];
    if (!person || !role || (credit.segment && !segment) || (credit.episode && !episode)) return [];
    const identity = `${refIdentity(person)}:${role.id}:${segment?.id ?? ""}:${episode?.id ?? ""}`;
    if (seen.has(identity)) {
      const part = segment ? ` on ${segment.title}` : episode ? ` on ${episode.label}` : "";
      errors[key("person")] = [`${refName(person, people)} is already credited as ${role.name}${part}.`];
      return [];
    }
    seen.add(identity);
    return [
      { person, roleId: role.id, segmentId: segment?.id ?? null, episodeId: episode?.id ?? null, note: credit.note },
    ];
  });
  const prepared = values.credits.map((credit) => ({
    ...credit,
    person: storedName(people, credit.person, credit.newPerson ?? false),
  }));
  return { errors, rows, prepared };
}

function creditLine(credit: CreditValue, _index: number, names: EntryNames): string {
  const segment = credit.segment ? ` (${credit.segment})` : credit.episode ? ` (episode ${credit.episode})` : "";
  const note = credit.note ? `: ${credit.note}` : "";
  const person = credit.newPerson ? `${credit.person} (new person)` : (names.people[credit.person] ?? credit.person);
  return `${person} — ${credit.role}${segment}${note}`;
}

export const credits: SectionDefinition<CreditsValues> = {
  id: "credits",
  entityType: "FILM",
  title: "Staff",
  fields: { credits: "Credits" },
  schema: CreditsValuesSchema,
  // The credited people's pages list the film.
  shownElsewhere: true,
  rowKey: {
    credits: (credit) => `${credit.person.toLowerCase()}:${credit.role}:${credit.segment}:${credit.episode ?? ""}`,
  },
  display: { credits: { line: creditLine } },
  namedEntries: { credits: (credit) => (credit.newPerson ? {} : { people: [credit.person] }) },
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
        episode: { select: { kind: true, number: true } },
      },
    });
    return {
      credits: rows.map((row) => ({
        person: row.person.slug,
        role: row.role.name,
        segment: row.segment?.title ?? "",
        ...(row.episode ? { episode: episodeCode(row.episode) } : {}),
        note: row.note,
      })),
    };
  },
  async resolve(tx, filmId, values) {
    const { prepared, errors } = await resolveCredits(tx, filmId, values);
    return { values: { credits: prepared }, errors };
  },
  async write(tx, filmId, values) {
    const { errors, rows } = await resolveCredits(tx, filmId, values, true);
    // Someone may have removed a person or segment between the submission and its approval.
    if (Object.keys(errors).length > 0) throw new SectionFieldErrors(errors);
    const created = await createNamed(tx, PERSON, newNames(rows.map((row) => row.person)));
    await tx.credit.deleteMany({ where: { filmId } });
    await tx.credit.createMany({
      data: rows.map(({ person, ...row }, index) => ({
        ...row,
        personId: idOf(person, created),
        filmId,
        position: index + 1,
      })),
    });
  },
  async choices(tx, filmId): Promise<CreditChoices> {
    const credited = await tx.credit.findMany({ where: { filmId }, select: { personId: true } });
    const roles = await tx.creditRole.findMany({ orderBy: { position: "asc" }, select: { name: true } });
    return {
      ...(await workPartChoices(tx, filmId)),
      people: await pickerEntries(
        tx,
        "person",
        credited.map((credit) => credit.personId),
      ),
      roles: roles.map((role) => role.name),
    };
  },
};
