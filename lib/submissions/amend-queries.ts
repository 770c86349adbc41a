import "server-only";
import type { SubmissionStatus } from "@/lib/generated/prisma/enums";
import { getSectionChoices, getSubmissionReview } from "./queries";
import { isSectionId, type SectionId } from "./sections";

export type SubmissionForAmending = {
  id: number;
  status: SubmissionStatus;
  section: SectionId;
  title: string;
  film: { slug: string; title: string };
  values: Record<string, unknown>;
  /** The options the section's form offers from the database, if any. */
  choices: unknown;
  summary: string;
  source: string;
};

/**
 * One of the author's own film submissions, with the values it proposes: the change set applied to
 * its base, which is what the author last saw in their form. Anyone else's is null.
 */
export async function getSubmissionForAmending(
  submissionId: number,
  authorId: number,
): Promise<SubmissionForAmending | null> {
  const review = await getSubmissionReview(submissionId);
  if (!review || review.author.id !== authorId || !review.film || !isSectionId(review.section)) return null;
  return {
    id: review.id,
    status: review.status,
    section: review.section,
    title: review.sectionTitle,
    film: { slug: review.film.slug, title: review.film.title },
    values: {
      // Amending a conflict re-bases it on the newest revision, so the fields the author did not
      // change must start from there; from the old base, saving would quietly undo the newer edit.
      ...(review.status === "CONFLICT" ? review.current : review.base),
      ...Object.fromEntries(Object.entries(review.changes).map(([field, change]) => [field, change.after])),
    },
    choices: await getSectionChoices(review.film.id, review.section),
    summary: review.summary,
    source: review.source,
  };
}
