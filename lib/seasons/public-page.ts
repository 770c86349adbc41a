import "server-only";
import { cachedRead } from "@/lib/cache/cached-read";
import { cacheTags } from "@/lib/cache/tags";
import { getSeasonChart, getSeasonFormatPage, getSeasonShowcase, SHOWCASE_LOOKBACK_SEASONS } from "./queries";
import { seasonKey, seasonsBack, type Season } from "./season";

/** A season's chart as every reader sees it, until an approval changes a work that was or is in it (the registry's neighbours). */
export const getPublicSeasonChart = cachedRead("season-chart", getSeasonChart, (year, season) => [
  cacheTags.season(seasonKey({ year, season })),
]);

/** A page of a season's works of one format, kept and expired as the season's chart. */
export const getPublicSeasonFormatPage = cachedRead("season-format", getSeasonFormatPage, (year, season) => [
  cacheTags.season(seasonKey({ year, season })),
]);

/**
 * The home page's season, keyed by the current season, so that a new season is read afresh from
 * its first day. It carries the tag of every season it may have looked at: a work joining or
 * leaving any of them, or changing while shown, may change which season and works it shows.
 */
export const getPublicSeasonShowcase = cachedRead(
  "season-showcase",
  (year: number, season: Season) => getSeasonShowcase({ year, season }),
  (year, season) =>
    seasonsBack({ year, season }, SHOWCASE_LOOKBACK_SEASONS).map((of) => cacheTags.season(seasonKey(of))),
);
