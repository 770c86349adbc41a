import { z } from "zod";

/**
 * The most rows one submission may hold in any list, so that a batch is reviewed in one sitting
 * and its form stays within the three-digit row numbers of lib/forms/numbered-rows.ts.
 */
export const ROWS_PER_SUBMISSION = 500;

/** A list of rows held to ROWS_PER_SUBMISSION, its message naming what the rows are ("credits"). */
export function rowList<Row extends z.ZodType>(row: Row, plural: string) {
  return z
    .array(row)
    .max(
      ROWS_PER_SUBMISSION,
      `At most ${ROWS_PER_SUBMISSION} ${plural} in one submission: split the rest into another.`,
    );
}

/** What an edit form suggests: the stored value and, where it differs, what people read. */
export type Choice = { value: string; label?: string };

/** Case and accents aside, two names are the same name. */
export const sameName = (a: string, b: string) => a.localeCompare(b, "en", { sensitivity: "base" }) === 0;

/** The order tags are read and stored in, so that a list in a different order is no change. */
export const byName = (a: string, b: string) => a.localeCompare(b, "en", { sensitivity: "base" }) || a.localeCompare(b);

/** Marks every entry that repeats an earlier one, at its own index, so the error sits beside it. */
export function refuseRepeats<T>(key: (item: T) => string, message: (item: T) => string, field?: string) {
  return (items: T[], context: z.RefinementCtx) => {
    items.forEach((item, index) => {
      if (items.slice(0, index).some((earlier) => sameName(key(earlier), key(item)))) {
        context.addIssue({ code: "custom", path: field ? [index, field] : [index], message: message(item) });
      }
    });
  };
}

/** A film's or a segment's running time, when known. */
export const runtimeMinutesSchema = z
  .number({ error: "Runtime is a whole number of minutes." })
  .int("Runtime is a whole number of minutes.")
  .min(1, "Runtime is at least 1 minute.")
  .max(10_000, "Runtime is at most 10,000 minutes.")
  .nullable();

/**
 * The "New person" tick of a row that names a person, asked for explicitly so a misspelt name is
 * refused rather than made into a new person. Rows stored before the box existed have no
 * `newPerson`; `withNewPerson` leaves it out when false, so today's rows compare equal to them and
 * edits based on older revisions still merge.
 */
export const newPersonTick = z.boolean().optional();

export function withNewPerson<Row extends { newPerson?: boolean | undefined }>({
  newPerson,
  ...row
}: Row): Omit<Row, "newPerson"> & { newPerson?: true } {
  return newPerson ? { ...row, newPerson: true } : row;
}

/**
 * The episode a credit or character row is for, by code ("3", "s1"); none for the whole work.
 * `withEpisode` leaves it out when empty, so rows stored before episodes existed compare equal to
 * today's and edits based on older revisions still merge (as `newPersonTick` does).
 */
export const episodeField = z.string().trim().max(10, "No episode has a number this long.").optional();

export function withEpisode<Row extends { episode?: string | undefined }>({
  episode,
  ...row
}: Row): Omit<Row, "episode"> & { episode?: string } {
  return episode ? { ...row, episode } : row;
}
