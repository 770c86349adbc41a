import type { z } from "zod";
import { parseReleaseDate, toIsoDate } from "@/lib/format/dates";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { EntityType } from "@/lib/generated/prisma/enums";
import {
  DescriptionValuesSchema,
  GeneralValuesSchema,
  type DescriptionValues,
  type GeneralValues,
} from "./schema";

type Tx = Prisma.TransactionClient;

/**
 * An editable section of an entry: how to read its current values as plain JSON, how to write
 * proposed values back to the normalized tables, and how a form's fields become values. Plain
 * TypeScript over a transaction, so the engine and the seed share it.
 */
export type SectionDefinition<Values extends Record<string, unknown>> = {
  id: string;
  entityType: EntityType;
  title: string;
  /** Field labels, in the order diffs show them. */
  fields: Record<keyof Values & string, string>;
  schema: z.ZodType<Values, unknown>;
  /** The names of the form's inputs; anything else posted is refused, never silently dropped. */
  formField: RegExp;
  fromForm(fields: Record<string, string>): unknown;
  read(tx: Tx, entityId: number): Promise<Values>;
  write(tx: Tx, entityId: number, values: Values): Promise<void>;
};

const description: SectionDefinition<DescriptionValues> = {
  id: "description",
  entityType: "FILM",
  title: "Description",
  fields: { deck: "Deck", description: "Description" },
  schema: DescriptionValuesSchema,
  formField: /^(deck|description)$/,
  fromForm: (fields) => ({ deck: fields.deck ?? "", description: fields.description ?? "" }),
  async read(tx, filmId) {
    return tx.film.findUniqueOrThrow({ where: { id: filmId }, select: { deck: true, description: true } });
  },
  async write(tx, filmId, values) {
    await tx.film.update({ where: { id: filmId }, data: values });
  },
};

/** Form rows are named releases.<n>.<field>; a row left entirely empty is no release. */
function releasesFromForm(fields: Record<string, string>) {
  const rows = new Map<number, Record<string, string>>();
  for (const [name, value] of Object.entries(fields)) {
    const match = /^releases\.(\d+)\.(region|title|date)$/.exec(name);
    if (!match) continue;
    const index = Number(match[1]);
    rows.set(index, { ...rows.get(index), [match[2]!]: value });
  }
  return [...rows.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, row]) => ({ region: row.region ?? "", title: row.title ?? "", date: row.date ?? "" }))
    .filter((row) => row.region.trim() || row.title.trim() || row.date.trim());
}

const general: SectionDefinition<GeneralValues> = {
  id: "general",
  entityType: "FILM",
  title: "General Information",
  fields: { releases: "Releases", contentRating: "Rating", runtimeMinutes: "Runtime (minutes)" },
  schema: GeneralValuesSchema,
  formField: /^(releases\.\d{1,3}\.(region|title|date)|contentRating|runtimeMinutes)$/,
  fromForm: (fields) => ({
    releases: releasesFromForm(fields),
    contentRating: fields.contentRating ? fields.contentRating : null,
    runtimeMinutes: fields.runtimeMinutes?.trim() ? Number(fields.runtimeMinutes) : null,
  }),
  async read(tx, filmId) {
    const film = await tx.film.findUniqueOrThrow({
      where: { id: filmId },
      select: {
        contentRating: true,
        runtimeMinutes: true,
        releases: { orderBy: { position: "asc" }, select: { region: true, title: true, date: true, datePrecision: true } },
      },
    });
    return {
      releases: film.releases.map((release) => ({
        region: release.region,
        title: release.title,
        date: release.date ? toIsoDate(release.date, release.datePrecision) : "",
      })),
      contentRating: film.contentRating,
      runtimeMinutes: film.runtimeMinutes,
    };
  },
  async write(tx, filmId, values) {
    const releases = values.releases.map((release, index) => {
      const parsed = release.date ? parseReleaseDate(release.date) : null;
      return {
        filmId,
        region: release.region,
        title: release.title,
        date: parsed?.date ?? null,
        datePrecision: parsed?.precision ?? "DAY",
        position: index + 1,
      };
    });
    const years = releases.flatMap((release) => (release.date ? [release.date.getUTCFullYear()] : []));
    await tx.release.deleteMany({ where: { filmId } });
    await tx.release.createMany({ data: releases });
    await tx.film.update({
      where: { id: filmId },
      data: {
        contentRating: values.contentRating,
        runtimeMinutes: values.runtimeMinutes,
        year: years.length > 0 ? Math.min(...years) : null,
      },
    });
  },
};

export const SECTIONS = { description, general } as const;

export type SectionId = keyof typeof SECTIONS;

export function isSectionId(value: string): value is SectionId {
  return Object.hasOwn(SECTIONS, value);
}

export function sectionOf(id: string): SectionDefinition<Record<string, unknown>> {
  if (!isSectionId(id)) throw new Error(`Unknown section: ${id}`);
  return SECTIONS[id] as unknown as SectionDefinition<Record<string, unknown>>;
}
