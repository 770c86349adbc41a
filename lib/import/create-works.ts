import type { Prisma } from "@/lib/generated/prisma/client";
import { parseReleaseDate } from "@/lib/format/dates";
import { slugify } from "@/lib/format/slug";
import { jsonEqual } from "@/lib/submissions/change-set";
import { RESERVED_SLUGS } from "@/lib/submissions/sections/named-entries";
import { parseJapanTime } from "@/lib/submissions/sections/broadcast/schema";
import { inChunks } from "./chunks";
import { EMPTY_VALUES, IMPORTED_SECTIONS, type ImportValues, type MappedWork } from "./values";

type Tx = Prisma.TransactionClient;

export type ImportContext = {
  source: string;
  version: string;
  importerId: number;
  summary: string;
  onRows?: (count: number) => void;
};

/** `base`, `base-2`, `base-3`…: the first not in `taken`, which then holds it. */
function claimSlug(taken: Set<string>, base: string): string {
  let slug = base;
  for (let suffix = 2; taken.has(slug); suffix += 1) slug = `${base}-${suffix}`;
  taken.add(slug);
  return slug;
}

const dateOf = (text: string) => (text ? (parseReleaseDate(text)?.date ?? null) : null);

/** Whether a section holds anything: a new work gets a revision only for those that do. */
export function hasValues(section: keyof ImportValues, values: ImportValues): boolean {
  return section === "title" || !jsonEqual(values[section], EMPTY_VALUES[section]);
}

function filmRow(slug: string, values: ImportValues) {
  const { title, broadcast, general } = values;
  const years = general.releases.flatMap((release) => {
    const date = dateOf(release.date);
    return date ? [date.getUTCFullYear()] : [];
  });
  return {
    slug,
    title: title.title,
    nativeTitle: title.nativeTitle || null,
    romanisedTitle: title.romanisedTitle || null,
    romanisedByMachine: title.romanisedByMachine && title.romanisedTitle !== "",
    format: title.format,
    broadcastStart: broadcast.firstAiring ? parseJapanTime(broadcast.firstAiring) : null,
    broadcastIntervalDays: broadcast.intervalDays,
    broadcastEnd: dateOf(broadcast.lastAiring),
    year: years.length > 0 ? Math.min(...years) : null,
  };
}

/**
 * Creates works the source describes and Keyframe lacks, in a few statements per table rather
 * than a section write per work: the films, their releases, titles, links and streams, one
 * revision per section that holds anything (exactly what the section reads back, numbered 1…n),
 * and the record of what was imported. Returns the new works' ids, in the order given.
 */
export async function createWorks(tx: Tx, works: readonly MappedWork[], context: ImportContext): Promise<number[]> {
  if (works.length === 0) return [];
  const taken = new Set([
    ...RESERVED_SLUGS,
    ...(await tx.film.findMany({ select: { slug: true } })).map((film) => film.slug),
  ]);
  const rows = works.map((work) => filmRow(claimSlug(taken, slugify(work.values.title.title) || "work"), work.values));
  const created = await inChunks(
    rows,
    (chunk) => tx.film.createManyAndReturn({ data: chunk, select: { id: true, slug: true } }),
    context.onRows,
  );
  const idBySlug = new Map(created.map((film) => [film.slug, film.id]));
  const made = works.map((work, index) => ({ work, id: idBySlug.get(rows[index]!.slug)! }));

  const many = async <Row>(
    rowsOf: (work: MappedWork, filmId: number) => Row[],
    write: (chunk: Row[]) => Promise<unknown>,
  ) => {
    await inChunks(
      made.flatMap(({ work, id }) => rowsOf(work, id)),
      async (chunk) => {
        await write(chunk);
        return [];
      },
      context.onRows,
    );
  };
  await many(
    ({ values }, filmId) =>
      values.general.releases.map((release, index) => {
        const parsed = release.date ? parseReleaseDate(release.date) : null;
        return {
          filmId,
          region: release.region,
          title: release.title,
          date: parsed?.date ?? null,
          datePrecision: parsed?.precision ?? "DAY",
          position: index + 1,
        };
      }),
    (data) => tx.release.createMany({ data }),
  );
  await many(
    ({ values }, filmId) =>
      values.aliases.aliases.map((alias) => ({
        filmId,
        name: alias.title,
        language: alias.language,
        kind: alias.kind,
      })),
    (data) => tx.alias.createMany({ data }),
  );
  await many(
    ({ values }, filmId) => values.links.links.map((link) => ({ filmId, site: link.site, externalId: link.id })),
    (data) => tx.filmLink.createMany({ data }),
  );
  await many(
    ({ values }, filmId) =>
      values.streams.streams.map((stream, index) => ({
        filmId,
        site: stream.site,
        externalId: stream.id,
        regions: stream.regions,
        since: dateOf(stream.since),
        position: index + 1,
      })),
    (data) => tx.stream.createMany({ data }),
  );
  await many(
    ({ values }, filmId) =>
      IMPORTED_SECTIONS.filter((section) => hasValues(section, values)).map((section, index) => ({
        entityType: "FILM" as const,
        entityId: filmId,
        filmId,
        section,
        number: index + 1,
        before: {},
        after: values[section] as Prisma.InputJsonObject,
        summary: context.summary,
        proposerId: context.importerId,
        approverId: null,
      })),
    (data) => tx.revision.createMany({ data }),
  );
  await many(
    ({ key, values }, filmId) => [
      { source: context.source, key, filmId, values: values as Prisma.InputJsonObject, version: context.version },
    ],
    (data) => tx.importedWork.createMany({ data }),
  );
  return made.map(({ id }) => id);
}
