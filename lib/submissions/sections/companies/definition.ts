import { episodeCode } from "@/lib/episodes/codes";
import { companyRoleLabel, regionName } from "@/lib/format/labels";
import { rowField } from "@/lib/forms/numbered-rows";
import { pickerEntries } from "@/lib/search/entry-works";
import { SectionFieldErrors } from "../../errors";
import type { EntryNames } from "../../display";
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
import { STUDIO } from "../named-kinds";
import { episodesByCode, workPartChoices } from "../part-lookup";
import type { SectionDefinition, Tx } from "../types";
import {
  COMPANY_FORM_FIELD,
  CompaniesValuesSchema,
  companyRowsFromForm,
  type CompaniesValues,
  type CompanyChoices,
  type CompanyValue,
} from "./schema";

/** The part of the work a row is for: one segment, one episode, or (both null) the whole work. */
type Part = { segmentId: number | null; episodeId: number | null; label: string };

/** Reads a row's part, or says beside which input (segment or episode) it names nothing. */
async function partsOf(tx: Tx, filmId: number) {
  const segments = await tx.segment.findMany({ where: { filmId }, select: { id: true, title: true } });
  const episodes = await episodesByCode(tx, filmId);
  return (row: CompanyValue): Part | { field: "segment" | "episode"; message: string } => {
    if (row.segment) {
      const segment = segments.find((candidate) => candidate.title === row.segment);
      if (!segment) return { field: "segment", message: `This work has no segment called ${row.segment}.` };
      return { segmentId: segment.id, episodeId: null, label: ` on ${segment.title}` };
    }
    if (row.episode) {
      const episode = episodes.get(row.episode);
      if (!episode) return { field: "episode", message: `This series has no episode ${row.episode}.` };
      return { segmentId: null, episodeId: episode.id, label: ` on ${episode.label}` };
    }
    return { segmentId: null, episodeId: null, label: "" };
  };
}

/**
 * The rows' studios and parts as ids, in two queries whatever the number of rows; what does not
 * resolve, or credits a studio again in the same role, region and part, is an error beside its row.
 * When applying, a new studio someone has created since the check is taken rather than made twice.
 */
async function resolveCompanies(tx: Tx, filmId: number, values: CompaniesValues, applying = false) {
  const typed = [...new Set(values.companies.map((row) => row.studio))];
  const studios = await withNamesakeDetails(
    tx,
    STUDIO,
    await tx.studio.findMany({ where: slugOrName(typed), select: { id: true, slug: true, name: true } }),
  );
  const partOf = await partsOf(tx, filmId);

  const errors: Record<string, string[]> = {};
  const seen = new Set<string>();
  const rows = values.companies.flatMap((row, index) => {
    const key = (field: string) => rowField("companies", index, field);
    const resolved = resolveNamed(STUDIO, studios, row.studio, row.newStudio ?? false, applying);
    if ("error" in resolved) errors[key("studio")] = [resolved.error];
    const part = partOf(row);
    if ("message" in part) errors[key(part.field)] = [part.message];
    if (!("ref" in resolved) || "message" in part) return [];
    const identity = `${refIdentity(resolved.ref)}:${row.role}:${row.region}:${part.segmentId ?? ""}:${part.episodeId ?? ""}`;
    if (seen.has(identity)) {
      const region = row.region ? ` in ${regionName(row.region)}` : "";
      errors[key("studio")] = [
        `${refName(resolved.ref, studios)} is already credited for ${companyRoleLabel(row.role).toLowerCase()}${region}${part.label}.`,
      ];
      return [];
    }
    seen.add(identity);
    const { segmentId, episodeId } = part;
    return [{ studio: resolved.ref, role: row.role, region: row.region || null, segmentId, episodeId }];
  });
  const prepared = values.companies.map((row) => ({
    ...row,
    studio: storedName(studios, row.studio, row.newStudio ?? false),
  }));
  return { errors, rows, prepared };
}

function companyLine(row: CompanyValue, _index: number, names: EntryNames): string {
  const studio = row.newStudio ? `${row.studio} (new studio)` : (names.studios[row.studio] ?? row.studio);
  const region = row.region ? `, ${regionName(row.region)}` : "";
  const part = row.segment ? ` (${row.segment})` : row.episode ? ` (episode ${row.episode})` : "";
  return `${studio} — ${companyRoleLabel(row.role)}${region}${part}`;
}

export const companies: SectionDefinition<CompaniesValues> = {
  id: "companies",
  entityType: "FILM",
  title: "Companies",
  fields: { companies: "Companies" },
  schema: CompaniesValuesSchema,
  // The studios' pages list the work.
  shownElsewhere: true,
  rowKey: {
    companies: (row) => `${row.studio.toLowerCase()}:${row.role}:${row.region}:${row.segment}:${row.episode ?? ""}`,
  },
  display: { companies: { line: companyLine } },
  namedEntries: { companies: (row) => (row.newStudio ? {} : { studios: [row.studio] }) },
  formField: COMPANY_FORM_FIELD,
  fromForm: (fields) => ({ companies: companyRowsFromForm(fields) }),
  async read(tx, filmId) {
    const rows = await tx.filmCompany.findMany({
      where: { filmId },
      orderBy: [{ position: "asc" }, { id: "asc" }],
      select: {
        role: true,
        region: true,
        studio: { select: { slug: true } },
        segment: { select: { title: true } },
        episode: { select: { kind: true, number: true } },
      },
    });
    return {
      companies: rows.map((row) => ({
        studio: row.studio.slug,
        role: row.role,
        region: row.region ?? "",
        segment: row.segment?.title ?? "",
        ...(row.episode ? { episode: episodeCode(row.episode) } : {}),
      })),
    };
  },
  async resolve(tx, filmId, values) {
    const { prepared, errors } = await resolveCompanies(tx, filmId, values);
    return { values: { companies: prepared }, errors };
  },
  async write(tx, filmId, values) {
    const { errors, rows } = await resolveCompanies(tx, filmId, values, true);
    // Someone may have removed a studio, segment or episode between the submission and its approval.
    if (Object.keys(errors).length > 0) throw new SectionFieldErrors(errors);
    const created = await createNamed(tx, STUDIO, newNames(rows.map((row) => row.studio)));
    await tx.filmCompany.deleteMany({ where: { filmId } });
    await tx.filmCompany.createMany({
      data: rows.map(({ studio, ...row }, index) => ({
        ...row,
        studioId: idOf(studio, created),
        filmId,
        position: index + 1,
      })),
    });
  },
  async choices(tx, filmId): Promise<CompanyChoices> {
    const credited = await tx.filmCompany.findMany({ where: { filmId }, select: { studioId: true } });
    return {
      ...(await workPartChoices(tx, filmId)),
      studios: await pickerEntries(
        tx,
        "studio",
        credited.map((row) => row.studioId),
      ),
    };
  },
};
