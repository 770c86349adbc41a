import { z } from "zod";
import { textField } from "@/lib/forms/text";
import { byOrderInput } from "@/lib/forms/ordering";
import { postedRows, rowNames } from "@/lib/forms/numbered-rows";
import { runtimeMinutesSchema } from "../shared-schema";

export const SEGMENTS_MAX = 100;
export const SEGMENT_TITLE_MAX = 300;
export const SYNOPSIS_MAX = 5000;

export const SegmentValueSchema = z.strictObject({
  /** The existing segment this row edits; null for a new one. Kept so credits on it survive. */
  id: z.number({ error: "This row is out of date. Reload the page." }).int().positive().nullable(),
  title: textField()
    .trim()
    .min(1, "Give the segment a title, or clear the row to remove it.")
    .max(SEGMENT_TITLE_MAX, `Titles are at most ${SEGMENT_TITLE_MAX} characters.`),
  nativeTitle: textField().trim().max(SEGMENT_TITLE_MAX, `Titles are at most ${SEGMENT_TITLE_MAX} characters.`),
  synopsis: textField()
    .trim()
    .max(SYNOPSIS_MAX, `A synopsis is at most ${SYNOPSIS_MAX.toLocaleString("en-US")} characters.`),
  runtimeMinutes: runtimeMinutesSchema,
});

export type SegmentValue = z.infer<typeof SegmentValueSchema>;

export const SegmentsValuesSchema = z
  .strictObject({
    segments: z.array(SegmentValueSchema).max(SEGMENTS_MAX, `At most ${SEGMENTS_MAX} segments.`),
  })
  .superRefine(({ segments }, context) => {
    // Credits name their segment by title, so two segments of one film cannot share one.
    const titles = new Set<string>();
    const ids = new Set<number>();
    segments.forEach((segment, index) => {
      const title = segment.title.toLowerCase();
      if (titles.has(title)) {
        context.addIssue({
          code: "custom",
          path: ["segments", index, "title"],
          message: "Another segment has this title.",
        });
      }
      titles.add(title);
      if (segment.id !== null && ids.has(segment.id)) {
        context.addIssue({
          code: "custom",
          path: ["segments", index, "id"],
          message: "This row is out of date. Reload the page.",
        });
      }
      if (segment.id !== null) ids.add(segment.id);
    });
  });

export type SegmentsValues = z.infer<typeof SegmentsValuesSchema>;

export const SEGMENT_FIELDS = ["id", "order", "title", "nativeTitle", "synopsis", "runtimeMinutes"] as const;

/** A segment row as the form holds it: every input's text. */
export type SegmentRow = Record<(typeof SEGMENT_FIELDS)[number], string>;

export const SEGMENT_FORM_FIELD = new RegExp(`^${rowNames("segments", SEGMENT_FIELDS)}$`);

const blankSegment = (row: SegmentRow) =>
  !row.title.trim() && !row.nativeTitle.trim() && !row.synopsis.trim() && !row.runtimeMinutes.trim();

/**
 * The posted segments.<n>.* rows in their new order: by the Order number where one is given (a
 * row without one keeps its place), then by row. Rows with nothing but an id and an order are
 * removed segments. The form rebuilds a failed post with this too, because the server's error
 * keys ("segments.1.title") count the rows in this order.
 */
export function segmentRowsFromForm(fields: Record<string, string | undefined>): SegmentRow[] {
  return byOrderInput(
    postedRows(fields, "segments", SEGMENT_FIELDS)
      .filter(({ values }) => !blankSegment(values))
      .map(({ index, values }) => ({ index, order: values.order, row: values })),
  );
}

export function segmentsFromRows(rows: readonly SegmentRow[]) {
  return {
    segments: rows.map((row) => ({
      id: row.id.trim() ? Number(row.id) : null,
      title: row.title,
      nativeTitle: row.nativeTitle,
      synopsis: row.synopsis,
      runtimeMinutes: row.runtimeMinutes.trim() ? Number(row.runtimeMinutes) : null,
    })),
  };
}
