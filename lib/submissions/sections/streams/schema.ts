import { z } from "zod";
import { postedRows, rowNames } from "@/lib/forms/numbered-rows";
import { textField } from "@/lib/forms/text";
import { parseReleaseDate } from "@/lib/format/dates";
import { STREAM_SITE_IDS } from "@/lib/streams/sites";
import { refuseRepeats, rowList } from "../shared-schema";

const REGION = /^[A-Z]{2}$/;

/** Region codes as typed: "jp, hk tw" → ["JP", "HK", "TW"], in the order typed, each once. */
export function parseRegions(text: string): string[] {
  return [
    ...new Set(
      text
        .toUpperCase()
        .split(/[\s,;/]+/)
        .filter(Boolean),
    ),
  ];
}

export const StreamValueSchema = z.strictObject({
  site: z.enum(STREAM_SITE_IDS, { error: "Choose the site the work streams on." }),
  id: textField()
    .trim()
    .min(1, "Give the work's id on the site, as in its address.")
    .max(300, "Ids are at most 300 characters long."),
  // One message for the whole input the codes were typed in, not one per code.
  regions: z
    .array(z.string())
    .max(60, "At most 60 regions; leave it empty when the site serves everywhere.")
    .refine(
      (codes) => codes.every((code) => REGION.test(code)),
      "Use two-letter region codes, such as JP, US or HK, separated by spaces.",
    ),
  since: textField()
    .trim()
    .refine(
      (date) => date === "" || parseReleaseDate(date)?.precision === "DAY",
      "Use YYYY-MM-DD, or leave it empty when not known.",
    ),
});

export type StreamValue = z.infer<typeof StreamValueSchema>;

export const StreamsValuesSchema = z.strictObject({
  streams: rowList(StreamValueSchema, "streams").superRefine(
    refuseRepeats(
      (stream) => streamKey(stream),
      () => "This site and id are listed twice.",
      "id",
    ),
  ),
});

export type StreamsValues = z.infer<typeof StreamsValuesSchema>;

/** What makes two rows the same stream, in diffs and in the check for repeats. */
export const streamKey = (stream: Pick<StreamValue, "site" | "id">) => `${stream.site}:${stream.id}`;

export const STREAM_FIELDS = ["site", "id", "regions", "since"] as const;

/** A stream row as the form holds it: every input's text. */
export type StreamRow = Record<(typeof STREAM_FIELDS)[number], string>;

export const STREAMS_FORM_FIELD = new RegExp(`^${rowNames("streams", STREAM_FIELDS)}$`);

/** The posted streams.<n>.* rows as typed, in order; a row without an id is no stream. */
export function streamRowsFromForm(fields: Record<string, string | undefined>): StreamRow[] {
  return postedRows(fields, "streams", STREAM_FIELDS)
    .map(({ values }) => values)
    .filter((row) => row.id.trim() !== "");
}

/** A typed row as values: the regions text split into codes. */
export function streamFromRow(row: StreamRow) {
  return { site: row.site, id: row.id, regions: parseRegions(row.regions), since: row.since };
}

/** Values as a form row: regions back to text. */
export function streamToRow(stream: StreamValue): StreamRow {
  return { site: stream.site, id: stream.id, regions: stream.regions.join(" "), since: stream.since };
}
