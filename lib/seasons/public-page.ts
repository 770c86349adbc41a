import "server-only";
import { cachedRead } from "@/lib/cache/cached-read";
import { cacheTags } from "@/lib/cache/tags";
import { getSeasonChart } from "./queries";
import { seasonKey } from "./season";

/** A season's chart as every reader sees it, until an approval changes a work that was or is in it (the registry's neighbours). */
export const getPublicSeasonChart = cachedRead("season-chart", getSeasonChart, (year, season) => [
  cacheTags.season(seasonKey({ year, season })),
]);
