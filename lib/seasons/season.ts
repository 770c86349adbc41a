import { isFilmFormat, type FilmFormat } from "@/lib/format/labels";
import type { Season } from "@/lib/generated/prisma/enums";

export type { Season } from "@/lib/generated/prisma/enums";

/** A year's seasons in order, as the database's enum orders them. */
export const SEASONS = ["WINTER", "SPRING", "SUMMER", "FALL"] as const satisfies readonly Season[];

export type SeasonOfYear = { year: number; season: Season };

const LABELS: Record<Season, string> = { WINTER: "Winter", SPRING: "Spring", SUMMER: "Summer", FALL: "Fall" };

/** The first year a season page exists for; the last is a few years ahead, for announced works. */
export const FIRST_SEASON_YEAR = 1900;
const YEARS_AHEAD = 5;

const CALENDAR_DATE = /^(\d{4})-(\d{2})/;

/**
 * The season of a calendar day written `YYYY-MM-DD` (or `YYYY-MM`), January–March being winter, as
 * MyAnimeList and AniList count. The day is read as written: a Japanese release's date is already
 * the day in Japan, and shifting it through UTC would move a premiere on the first of a month back
 * a season. The database's `season_of` (migration 20261220000000_seasons) is the same rule.
 */
export function seasonOfCalendarDate(date: string): SeasonOfYear | null {
  const match = CALENDAR_DATE.exec(date);
  if (!match) return null;
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  return { year: Number(match[1]), season: SEASONS[Math.floor((month - 1) / 3)]! };
}

// en-CA writes dates as YYYY-MM-DD. Made once: a formatter costs far more to make than to use,
// and every season page asks for the current season several times.
const japanCalendar = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Asia/Tokyo",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** The calendar day in Japan at `now`, the clock Japanese seasons follow. */
function japanDate(now: Date): string {
  return japanCalendar.format(now);
}

/** The season airing now, in Japan time. */
export function currentSeason(now: Date = new Date()): SeasonOfYear {
  return seasonOfCalendarDate(japanDate(now))!;
}

export function previousSeason({ year, season }: SeasonOfYear): SeasonOfYear {
  const index = SEASONS.indexOf(season);
  return index === 0 ? { year: year - 1, season: "FALL" } : { year, season: SEASONS[index - 1]! };
}

export function nextSeason({ year, season }: SeasonOfYear): SeasonOfYear {
  const index = SEASONS.indexOf(season);
  return index === SEASONS.length - 1 ? { year: year + 1, season: "WINTER" } : { year, season: SEASONS[index + 1]! };
}

/** `count` seasons from `of` backwards, `of` first. */
export function seasonsBack(of: SeasonOfYear, count: number): SeasonOfYear[] {
  const seasons = [of];
  while (seasons.length < count) seasons.push(previousSeason(seasons.at(-1)!));
  return seasons;
}

/** "Summer 1998". */
export function seasonLabel({ year, season }: SeasonOfYear): string {
  return `${LABELS[season]} ${year}`;
}

/** The season's name in addresses and the JSON API: "summer". */
export function seasonSlug(season: Season): string {
  return season.toLowerCase();
}

export function seasonPath(of: SeasonOfYear): `/seasons/${number}/${string}` {
  return `/seasons/${of.year}/${seasonSlug(of.season)}`;
}

/** A season's works of one format, all of them: `/seasons/1998/summer/tv`. */
export function seasonFormatPath(of: SeasonOfYear, format: FilmFormat): string {
  return `${seasonPath(of)}/${format.toLowerCase()}`;
}

/** The format an address names in lower case (`tv`, `film`), or null. */
export function parseSeasonFormat(slug: string): FilmFormat | null {
  const format = slug.toUpperCase();
  return slug === slug.toLowerCase() && isFilmFormat(format) ? format : null;
}

/** The season's cache key, `1998-summer`; the registry's neighbour query builds the same in SQL. */
export function seasonKey(of: SeasonOfYear): string {
  return `${of.year}-${seasonSlug(of.season)}`;
}

export function lastSeasonYear(now: Date = new Date()): number {
  return currentSeason(now).year + YEARS_AHEAD;
}

/**
 * The season an address names (`1998`, `summer`), or null for anything else: another spelling of
 * the year or season, or a year outside the range a page exists for.
 */
export function parseSeasonParams(year: string, season: string, now: Date = new Date()): SeasonOfYear | null {
  if (!/^\d{4}$/.test(year)) return null;
  const found = SEASONS.find((candidate) => seasonSlug(candidate) === season);
  const number = Number(year);
  if (!found || number < FIRST_SEASON_YEAR || number > lastSeasonYear(now)) return null;
  return { year: number, season: found };
}

export function isWithinSeasonRange({ year }: SeasonOfYear, now: Date = new Date()): boolean {
  return year >= FIRST_SEASON_YEAR && year <= lastSeasonYear(now);
}
