import "server-only";
import { db } from "@/lib/db";
import type { SubmissionStatus } from "@/lib/generated/prisma/enums";
import { amendStartingValues, type ConflictChoice } from "./amend-choices";
import { latestRevisionId } from "./base-values";
import { mergeChangeSet, type ChangeSet } from "./change-set";
import { mergeRulesOf } from "./merge/rules";
import type { EntryNames } from "./display";
import { getEntryNames } from "./entry-names";
import { getSectionChoices, getSubmissionReview } from "./queries";
import { isSectionId, sectionOf, type SectionId } from "./sections";

export type SubmissionForAmending = {
  id: number;
  status: SubmissionStatus;
  section: SectionId;
  title: string;
  film: { slug: string; title: string };
  values: Record<string, unknown>;
  /** The revision `values` were built on, which the form sends back so the amendment diffs against it. */
  baseRevisionId: number | null;
  /** The parts of the author's change that clash with the section now, each with the author's choice. */
  conflicts: ConflictChoice[];
  fieldLabels: Record<string, string>;
  names: EntryNames;
  /** The options the section's form offers from the database, if any. */
  choices: unknown;
  summary: string;
  source: string;
};

/** The section as it is now and the revision that made it so, read together so they agree. */
async function sectionNow(section: SectionId, entity: { entityType: "FILM"; entityId: number }) {
  return db.$transaction(async (tx) => ({
    current: await sectionOf(section).read(tx, entity.entityId),
    revisionId: await latestRevisionId(tx, entity, section),
  }));
}

/**
 * One of the author's own film submissions, with the values their form starts from. A pending one
 * starts from what it proposes: its change set applied to its base, what the author last saw. One in
 * conflict starts from the section as it is now with the author's change merged in afresh (newer
 * approvals may have come since the conflict was found): every part that does not clash is in, and
 * each clashing part keeps the site's version unless `mine` names it. Anyone else's is null.
 */
export async function getSubmissionForAmending(
  submissionId: number,
  authorId: number,
  mine: readonly string[] = [],
): Promise<SubmissionForAmending | null> {
  const review = await getSubmissionReview(submissionId);
  if (!review || review.author.id !== authorId || !review.film || !isSectionId(review.section)) return null;
  const proposed = Object.fromEntries(Object.entries(review.changes).map(([field, change]) => [field, change.after]));
  let start = { values: { ...review.base, ...proposed }, conflicts: [] as ConflictChoice[] };
  let baseRevisionId = review.baseRevisionId;
  let names = review.names;
  if (review.status === "CONFLICT") {
    const now = await sectionNow(review.section, { entityType: "FILM", entityId: review.film.id });
    const merge = mergeChangeSet(review.changes as ChangeSet, now.current, mergeRulesOf(sectionOf(review.section)));
    const { values, choices } = amendStartingValues(merge.merged, merge.conflicts, mine);
    start = { values, conflicts: choices };
    baseRevisionId = now.revisionId;
    // The section may have gained names since the review's values were read.
    names = await getEntryNames([now.current, review.base, proposed]);
  }
  return {
    id: review.id,
    status: review.status,
    section: review.section,
    title: review.sectionTitle,
    film: { slug: review.film.slug, title: review.film.title },
    values: start.values,
    baseRevisionId,
    conflicts: start.conflicts,
    fieldLabels: review.fieldLabels,
    names,
    choices: await getSectionChoices(review.film.id, review.section),
    summary: review.summary,
    source: review.source,
  };
}
