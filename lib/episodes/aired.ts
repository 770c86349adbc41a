import type { DatePrecision } from "@/lib/generated/prisma/enums";

/** Air dates are Japanese broadcast days: an episode has aired once that day has begun in Japan. */
const JAPAN = "Asia/Tokyo";
const japanDay = new Intl.DateTimeFormat("en-CA", {
  timeZone: JAPAN,
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});
/** Japan keeps no daylight saving time, so its midnight is always 15:00 UTC of the day before. */
const JAPAN_OFFSET_MS = 9 * 60 * 60 * 1000;

export type AiringEpisode = { kind: string; airDate: Date | null; airDatePrecision: DatePrecision };

/** Today's date in Japan as YYYY-MM-DD. */
export function japanToday(now: Date): string {
  return japanDay.format(now);
}

/**
 * The last day of a date's period (the day itself, or the last of its month or year) as
 * YYYY-MM-DD: only then has an episode dated to the month or year certainly aired.
 */
export function lastDayOfPeriod(date: Date, precision: DatePrecision): string {
  const end =
    precision === "DAY"
      ? date
      : precision === "MONTH"
        ? new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0))
        : new Date(Date.UTC(date.getUTCFullYear(), 11, 31));
  return end.toISOString().slice(0, 10);
}

const regular = (episodes: readonly AiringEpisode[]) => episodes.filter((episode) => episode.kind === "REGULAR");

/**
 * "N of M episodes aired": regular episodes whose air date is on or before today in Japan, of the
 * planned count, or of those listed when the plan is unknown. Specials and recaps count in neither.
 */
export function airedCount(episodes: readonly AiringEpisode[], planned: number | null, now: Date) {
  const today = japanToday(now);
  const listed = regular(episodes);
  const aired = listed.filter(
    (episode) => episode.airDate && lastDayOfPeriod(episode.airDate, episode.airDatePrecision) <= today,
  ).length;
  return { aired, total: Math.max(planned ?? listed.length, aired), today };
}

/**
 * When the aired count next changes: the Japanese midnight that begins the day an episode not yet
 * aired certainly has; null when none is still to come (nothing on the page then changes with the date).
 */
export function nextAiringChange(episodes: readonly AiringEpisode[], now: Date): Date | null {
  const today = japanToday(now);
  const days = regular(episodes).flatMap((episode) => {
    if (!episode.airDate) return [];
    const day = lastDayOfPeriod(episode.airDate, episode.airDatePrecision);
    return day > today ? [day] : [];
  });
  if (days.length === 0) return null;
  const first = days.sort()[0]!;
  return new Date(Date.parse(`${first}T00:00:00Z`) - JAPAN_OFFSET_MS);
}

/** Whole seconds from now until `then`, at least one (a cache lifetime of 0 means "never cache"). */
export function secondsUntil(then: Date, now: Date): number {
  return Math.max(1, Math.ceil((then.getTime() - now.getTime()) / 1000));
}
