import type { FilmPage } from "@/lib/films/queries";
import { toIsoDate } from "@/lib/format/dates";
import { thumbnailKey } from "@/lib/images/keys";
import { linksWithUrls } from "@/lib/links/sites";
import { sourceCredits, type SourceCredit } from "@/lib/sources/credits";
import { nextBroadcast } from "@/lib/broadcast/schedule";
import { shownStreams } from "@/lib/streams/display";
import { seasonRef, type SeasonRef } from "./season-json";
import { episodeCode } from "@/lib/episodes/codes";
import { episodeJson, type EpisodeJson } from "./episode-json";
import {
  characterRef,
  filmRef,
  pageUrl,
  personRef,
  studioRef,
  termRef,
  voiceActor,
  type CharacterRef,
  type FilmRef,
  type PersonRef,
  type StudioRef,
  type TermRef,
  type VoiceActorJson,
} from "./refs";
import {
  apiContentRating,
  apiDatePrecision,
  apiFormat,
  apiProminence,
  apiRelationKind,
  apiSourceMaterial,
  apiTitleKind,
} from "./vocabulary";

/** `GET /api/v1/films/{slug}`: the film page's facts. README "JSON API" documents every field. */
export type FilmJson = {
  slug: string;
  url: string;
  title: string;
  nativeTitle: string | null;
  /** The native title in Latin letters (Hepburn), or null. */
  romanisedTitle: string | null;
  /** True while `romanisedTitle` is a machine's reading that no editor has checked yet. */
  romanisedByMachine: boolean;
  deck: string;
  /** Markdown with [[wiki links]], as stored; `url` shows it rendered. */
  description: string;
  format: string;
  contentRating: string | null;
  runtimeMinutes: number | null;
  sourceMaterial: string | null;
  /** A series' planned count of regular episodes, when known. */
  episodeCount: number | null;
  year: number | null;
  /** The season of the first Japanese release dated to the month: `{ year: 1995, season: "fall" }`. */
  season: SeasonRef | null;
  updatedAt: string;
  poster: { url: string; thumbnailUrl: string; width: number; height: number; caption: string } | null;
  releases: { region: string; title: string; date: string | null; datePrecision: string | null }[];
  /** Every alternative title's spelling, as `titles` without their languages and kinds. */
  aliases: string[];
  /** Alternative titles: `language` a canonical BCP 47 tag ("und" when unknown), `kind` official, romanised or synonym. */
  titles: { title: string; language: string; kind: string }[];
  genres: TermRef[];
  themes: TermRef[];
  associations: TermRef[];
  franchise: TermRef | null;
  segments: { title: string; nativeTitle: string | null; synopsis: string; runtimeMinutes: number | null }[];
  /** A series' episodes; `code` is the last part of the episode's address and API path ("3", "s1"). */
  episodes: EpisodeJson[];
  credits: { person: PersonRef; role: string; segment: string | null; episode: string | null; note: string }[];
  characters: {
    character: CharacterRef;
    prominence: string;
    segment: string | null;
    episode: string | null;
    voiceActors: VoiceActorJson[];
  }[];
  relatedFilms: { kind: string; film: FilmRef }[];
  /** The work's pages on other databases: `site` as in lib/links/sites.ts, `key` the work's id there (not ours, so not named `id`). */
  links: { site: string; key: string; url: string }[];
  /**
   * Where to watch it legally: `site` as in lib/streams/sites.ts, `label` its name, `regions` ISO 3166-1
   * alpha-2 codes (empty: every region), `since` YYYY-MM-DD or null.
   */
  streams: { site: string; label: string; url: string; regions: string[]; since: string | null }[];
  /**
   * Its broadcast slot in Japan: `firstAiring` an ISO 8601 instant, `intervalDays` between episodes
   * (null: a single broadcast), `lastAiring` the last broadcast's date in Japan (YYYY-MM-DD) or null,
   * `nextEpisodeAt` the next broadcast still to come as of the answer, or null. Null when unknown.
   */
  broadcast: {
    firstAiring: string;
    intervalDays: number | null;
    lastAiring: string | null;
    nextEpisodeAt: string | null;
  } | null;
  /** Its studios: `role` as the schema spells it, `region` ISO 3166-1 alpha-2 or null for everywhere. */
  companies: {
    studio: StudioRef;
    role: string;
    region: string | null;
    segment: string | null;
    episode: string | null;
  }[];
  /** The outside sources the work's data was imported from, to credit under their licences; [] for none. */
  sources: SourceCredit[];
};

function broadcastJson(film: FilmPage, now: Date): FilmJson["broadcast"] {
  if (!film.broadcastStart) return null;
  return {
    firstAiring: film.broadcastStart.toISOString(),
    intervalDays: film.broadcastIntervalDays,
    lastAiring: film.broadcastEnd && toIsoDate(film.broadcastEnd, "DAY"),
    nextEpisodeAt: nextBroadcast(film, film.episodeCount, now)?.toISOString() ?? null,
  };
}

export function filmJson(film: FilmPage, site: URL, now: Date = new Date()): FilmJson {
  return {
    slug: film.slug,
    url: pageUrl("films", film.slug, site),
    title: film.title,
    nativeTitle: film.nativeTitle,
    romanisedTitle: film.romanisedTitle,
    romanisedByMachine: film.romanisedByMachine,
    deck: film.deck,
    description: film.description,
    format: apiFormat(film.format),
    contentRating: apiContentRating(film.contentRating),
    runtimeMinutes: film.runtimeMinutes,
    sourceMaterial: apiSourceMaterial(film.sourceMaterial),
    episodeCount: film.episodeCount,
    year: film.year,
    season: seasonRef(film),
    updatedAt: film.updatedAt.toISOString(),
    poster: film.poster && {
      url: new URL(`/media/${film.poster.storageKey}`, site).href,
      thumbnailUrl: new URL(`/media/${thumbnailKey(film.poster.storageKey)}`, site).href,
      width: film.poster.width,
      height: film.poster.height,
      caption: film.poster.caption,
    },
    releases: film.releases.map((release) => ({
      region: release.region,
      title: release.title,
      date: release.date && toIsoDate(release.date, release.datePrecision),
      datePrecision: release.date && apiDatePrecision(release.datePrecision),
    })),
    aliases: film.aliases.map((alias) => alias.name),
    titles: film.aliases.map((alias) => ({
      title: alias.name,
      language: alias.language,
      kind: apiTitleKind(alias.kind),
    })),
    genres: film.genres.map(({ genre }) => termRef(genre)),
    themes: film.themes.map(({ theme }) => termRef(theme)),
    associations: film.concepts.map(({ concept }) => termRef(concept)),
    franchise: film.franchise && termRef(film.franchise),
    segments: film.segments.map(({ title, nativeTitle, synopsis, runtimeMinutes }) => ({
      title,
      nativeTitle,
      synopsis,
      runtimeMinutes,
    })),
    episodes: film.episodes.map((episode) => episodeJson(film.slug, episode, site)),
    credits: film.credits.map((credit) => ({
      person: personRef(credit.person),
      role: credit.role.name,
      segment: credit.segment?.title ?? null,
      episode: credit.episode && episodeCode(credit.episode),
      note: credit.note,
    })),
    characters: film.appearances.map((appearance) => ({
      character: characterRef(appearance.character),
      prominence: apiProminence(appearance.prominence),
      segment: appearance.segment?.title ?? null,
      episode: appearance.episode && episodeCode(appearance.episode),
      voiceActors: appearance.voiceCredits.map(voiceActor),
    })),
    relatedFilms: film.relations.map((relation) => ({
      kind: apiRelationKind(relation.kind),
      film: filmRef(relation.film),
    })),
    links: linksWithUrls(film.links).map(({ site, externalId, url }) => ({ site, key: externalId, url })),
    streams: shownStreams(film.streams).map((stream) => ({
      site: stream.site,
      label: stream.label,
      url: stream.url,
      regions: stream.regions,
      since: stream.since && toIsoDate(stream.since, "DAY"),
    })),
    broadcast: broadcastJson(film, now),
    companies: film.companies.map((company) => ({
      studio: studioRef(company.studio),
      role: company.role,
      region: company.region,
      segment: company.segment?.title ?? null,
      episode: company.episode && episodeCode(company.episode),
    })),
    sources: sourceCredits(film.imports),
  };
}
