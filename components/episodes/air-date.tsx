import { formatReleaseDate, toIsoDate, type ReleaseDate } from "@/lib/format/dates";

/** An episode's air date to its precision ("Jan. 6, 2020", "January 2020"), or `unknown` when it has none. */
export function AirDate({
  date,
  precision,
  unknown,
}: {
  date: Date | null;
  precision: ReleaseDate["precision"];
  unknown: string;
}) {
  return date ? <time dateTime={toIsoDate(date, precision)}>{formatReleaseDate(date, precision)}</time> : unknown;
}
