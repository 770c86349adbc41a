import { toJapanTime } from "@/lib/submissions/sections/broadcast/schema";

/** The day an instant falls on in Japan, "YYYY-MM-DD". */
export function japanDate(instant: string): string {
  return toJapanTime(new Date(instant)).slice(0, 10);
}

/**
 * A film's or series' start as a release date. Most films start at 16:00 UTC, midnight in China
 * (where bangumi-data is kept): for some that UTC day is the Japanese release day, for others the
 * day after, so those are trusted to the month only. Everything else is the day in Japan.
 */
export function releaseDate(begin: string, type: string): string {
  if (type === "movie" && begin.slice(10) === "T16:00:00.000Z") return begin.slice(0, 7);
  return japanDate(begin);
}

const REPEATING = /^R\d*\/([^/]+)\/P(\d+)([DWM])$/;

/**
 * An ISO 8601 repeating interval, "R/2016-07-02T14:30:00.000Z/P7D", as the first broadcast in
 * Japan time and the days between episodes; a pattern in months repeats on no fixed number of
 * days, so only its start is kept. Null when the text is no such interval.
 */
export function parseBroadcast(text: string): { firstAiring: string; intervalDays: number | null } | null {
  const match = REPEATING.exec(text);
  if (!match) return null;
  const instant = new Date(match[1]!);
  if (Number.isNaN(instant.getTime())) return null;
  const days = match[3] === "M" ? null : Number(match[2]) * (match[3] === "W" ? 7 : 1);
  return { firstAiring: toJapanTime(instant), intervalDays: days !== null && days >= 1 && days <= 31 ? days : null };
}
