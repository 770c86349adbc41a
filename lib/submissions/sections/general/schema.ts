import { z } from "zod";
import { textField } from "@/lib/forms/text";
import { parseReleaseDate } from "@/lib/format/dates";
import { postedRows, rowNames } from "@/lib/forms/numbered-rows";
import { runtimeMinutesSchema } from "../shared-schema";

export const RELEASES_MAX = 50;
export const CONTENT_RATINGS = ["G", "PG", "PG_13", "R", "NC_17"] as const;
export const SOURCE_MATERIALS = [
  "ORIGINAL",
  "MANGA",
  "LIGHT_NOVEL",
  "NOVEL",
  "VISUAL_NOVEL",
  "VIDEO_GAME",
  "OTHER",
] as const;

export const ReleaseValueSchema = z.strictObject({
  region: textField()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, "Use a two-letter region code, such as JP or US."),
  title: textField()
    .trim()
    .min(1, "Give the name it was released under.")
    .max(300, "Names are at most 300 characters."),
  date: textField()
    .trim()
    .refine(
      (date) => date === "" || parseReleaseDate(date) !== null,
      "Use YYYY, YYYY-MM or YYYY-MM-DD, or leave it empty.",
    ),
});

export type ReleaseValue = z.infer<typeof ReleaseValueSchema>;

export const GeneralValuesSchema = z.strictObject({
  releases: z.array(ReleaseValueSchema).max(RELEASES_MAX, `At most ${RELEASES_MAX} releases.`),
  contentRating: z.enum(CONTENT_RATINGS).nullable(),
  runtimeMinutes: runtimeMinutesSchema,
  // Revisions from before the field existed have none: reverting to one leaves it unknown.
  sourceMaterial: z.enum(SOURCE_MATERIALS, { error: "Choose what the work is based on." }).nullable().default(null),
  // A series' planned episodes; revisions from before the field existed leave it unknown.
  episodeCount: z
    .number({ error: "The number of episodes is a whole number." })
    .int("The number of episodes is a whole number.")
    .min(1, "A series has at least 1 episode.")
    .max(9999, "A series has at most 9,999 episodes.")
    .nullable()
    .default(null),
});

export type GeneralValues = z.infer<typeof GeneralValuesSchema>;

export const RELEASE_FIELDS = ["region", "title", "date"] as const;

/** A release row as the form holds it: every input's text. */
export type ReleaseRow = Record<(typeof RELEASE_FIELDS)[number], string>;

export const GENERAL_FORM_FIELD = new RegExp(
  `^(?:${rowNames("releases", RELEASE_FIELDS)}|contentRating|runtimeMinutes|sourceMaterial|episodeCount)$`,
);

/**
 * The posted releases.<n>.* rows in order; a row left entirely empty is no release. The form
 * rebuilds a failed post with this too, because the server's error keys ("releases.1.date")
 * count only the rows that were not empty.
 */
export function releaseRowsFromForm(fields: Record<string, string | undefined>): ReleaseRow[] {
  return postedRows(fields, "releases", RELEASE_FIELDS)
    .map(({ values }) => values)
    .filter((row) => row.region.trim() || row.title.trim() || row.date.trim());
}
