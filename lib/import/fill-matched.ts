import type { Prisma } from "@/lib/generated/prisma/client";
import { writeRevision } from "@/lib/submissions/apply";
import { diffValues, jsonEqual, mergeChangeSet } from "@/lib/submissions/change-set";
import { mergeRulesOf } from "@/lib/submissions/merge/rules";
import { sectionOf } from "@/lib/submissions/sections";
import type { GeneralValues } from "@/lib/submissions/sections/general/schema";
import type { ImportContext } from "./create-works";
import { EMPTY_VALUES, IMPORTED_SECTIONS, type ImportValues, type MappedWork } from "./values";

type Tx = Prisma.TransactionClient;

/** What a work that never had the title section would hold: nothing to keep. */
const EMPTY_TITLE = { title: "", nativeTitle: "", romanisedTitle: "", format: null, romanisedByMachine: false };

/**
 * What of the source's values a matched work lacks before rows are compared: a work that already
 * has a release in a region keeps its own (the source's Japanese release, often dated only to the
 * month and under another spelling, would add a second, vaguer date for the same premiere).
 */
function lacking(section: keyof ImportValues, current: Record<string, unknown>, ours: Record<string, unknown>) {
  if (section !== "general") return ours;
  const regions = new Set((current as GeneralValues).releases.map((release) => release.region));
  const { releases } = ours as GeneralValues;
  return { ...ours, releases: releases.filter((release) => !regions.has(release.region)) };
}

/**
 * The section as it is, with what the source adds: merged against an empty base, so every list
 * row the work lacks is added, every empty value filled, and a value the community set is a
 * conflict, which keeps it. Returns the values to write and how many fields were kept.
 */
export function fillMissing(
  section: keyof ImportValues,
  current: Record<string, unknown>,
  ours: Record<string, unknown>,
) {
  const empty = section === "title" ? EMPTY_TITLE : EMPTY_VALUES[section];
  const merge = mergeChangeSet(
    diffValues(empty, lacking(section, current, ours)),
    current,
    mergeRulesOf(sectionOf(section)),
  );
  const merged = merge.merged;
  // The machine's mark belongs to the romanised title it came with; a kept title keeps its own mark.
  if (section === "title" && merged.romanisedTitle === current.romanisedTitle) {
    merged.romanisedByMachine = current.romanisedByMachine;
  }
  return { merged, kept: Object.keys(merge.conflicts).length };
}

/**
 * Adds to works that existed before their first import only what they lack, section by section,
 * each as a revision by the importer; never changes what the community wrote. Returns the fields
 * kept as they were, and records the import's own values for later runs to compare with.
 */
export async function fillMatchedWorks(
  tx: Tx,
  matches: readonly { work: MappedWork; filmId: number }[],
  context: ImportContext,
): Promise<number> {
  let kept = 0;
  for (const { work, filmId } of matches) {
    for (const section of IMPORTED_SECTIONS) {
      const definition = sectionOf(section);
      const current = await definition.read(tx, filmId);
      const fill = fillMissing(section, current, work.values[section]);
      kept += fill.kept;
      if (jsonEqual(fill.merged, current) || !definition.schema.safeParse(fill.merged).success) continue;
      await writeRevision(tx, {
        entityType: "FILM",
        entityId: filmId,
        filmId,
        section,
        before: current,
        after: fill.merged,
        summary: context.summary,
        proposerId: context.importerId,
        approverId: null,
      });
    }
    context.onRows?.(1);
  }
  await tx.importedWork.createMany({
    data: matches.map(({ work, filmId }) => ({
      source: context.source,
      key: work.key,
      filmId,
      values: work.values as Prisma.InputJsonObject,
      version: context.version,
    })),
  });
  return kept;
}
