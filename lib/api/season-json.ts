import { toIsoDate } from "@/lib/format/dates";
import { thumbnailKey } from "@/lib/images/keys";
import type { SeasonWorks } from "@/lib/seasons/queries";
import { nextSeason, previousSeason, seasonPath, type Season, type SeasonOfYear } from "@/lib/seasons/season";
import { shownStreams } from "@/lib/streams/display";
import { pageUrl, studioRef, type StudioRef } from "./refs";
import { apiDatePrecision, apiFormat, apiSeason } from "./vocabulary";

/** A season as the API names it: `{ year: 1998, season: "spring" }`. */
export type SeasonRef = { year: number; season: string };

export function seasonRef(film: { seasonYear: number | null; season: Season | null }): SeasonRef | null {
  return film.seasonYear === null || film.season === null
    ? null
    : { year: film.seasonYear, season: apiSeason(film.season) };
}

type SeasonLink = SeasonRef & { url: string };

/** `GET /api/v1/seasons/{year}/{season}`: the works that premiered in the season, as its page lists them. */
export type SeasonJson = SeasonLink & {
  previous: SeasonLink;
  next: SeasonLink;
  works: {
    slug: string;
    url: string;
    title: string;
    nativeTitle: string | null;
    format: string;
    premiere: { date: string; datePrecision: string } | null;
    thumbnailUrl: string | null;
    /** The studios that animated it. */
    studios: StudioRef[];
    /** Where it streams, as the work's own `streams` (lib/api/film-json.ts). */
    streams: { site: string; label: string; url: string; regions: string[] }[];
    /** Its broadcast slot in Japan, as the work's own `broadcast` without the next episode. */
    broadcast: { firstAiring: string; intervalDays: number | null; lastAiring: string | null } | null;
  }[];
};

function seasonLink(of: SeasonOfYear, site: URL): SeasonLink {
  return { year: of.year, season: apiSeason(of.season), url: new URL(seasonPath(of), site).href };
}

export function seasonJson(chart: SeasonWorks, site: URL): SeasonJson {
  return {
    ...seasonLink(chart, site),
    previous: seasonLink(previousSeason(chart), site),
    next: seasonLink(nextSeason(chart), site),
    works: chart.works.map((work) => ({
      slug: work.slug,
      url: pageUrl("films", work.slug, site),
      title: work.title,
      nativeTitle: work.nativeTitle,
      format: apiFormat(work.format),
      premiere: work.premiere?.date
        ? {
            date: toIsoDate(work.premiere.date, work.premiere.datePrecision),
            datePrecision: apiDatePrecision(work.premiere.datePrecision),
          }
        : null,
      thumbnailUrl: work.poster ? new URL(`/media/${thumbnailKey(work.poster.storageKey)}`, site).href : null,
      studios: work.studios.map(studioRef),
      streams: shownStreams(work.streams).map(({ site: id, label, url, regions }) => ({
        site: id,
        label,
        url,
        regions,
      })),
      broadcast: work.broadcastStart && {
        firstAiring: work.broadcastStart.toISOString(),
        intervalDays: work.broadcastIntervalDays,
        lastAiring: work.broadcastEnd && toIsoDate(work.broadcastEnd, "DAY"),
      },
    })),
  };
}
