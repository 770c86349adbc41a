import type { EpisodePage } from "@/lib/episodes/queries";
import { episodeCode, episodeHref, type EpisodeKind } from "@/lib/episodes/codes";
import { toIsoDate } from "@/lib/format/dates";
import { apiDatePrecision, apiProminence } from "./vocabulary";
import {
  characterRef,
  personRef,
  studioRef,
  voiceActor,
  type CharacterRef,
  type PersonRef,
  type StudioRef,
  type VoiceActorJson,
} from "./refs";

type ListedEpisode = {
  kind: EpisodeKind;
  number: number;
  title: string;
  nativeTitle: string | null;
  romanisedTitle: string | null;
  airDate: Date | null;
  airDatePrecision: EpisodePage["episode"]["airDatePrecision"];
  runtimeMinutes: number | null;
};

/** An episode as lists show it: in a work's JSON and at the head of its own. */
export type EpisodeJson = {
  code: string;
  url: string;
  kind: string;
  number: number;
  title: string;
  nativeTitle: string | null;
  romanisedTitle: string | null;
  airDate: string | null;
  airDatePrecision: string | null;
  runtimeMinutes: number | null;
};

export function episodeJson(slug: string, episode: ListedEpisode, site: URL): EpisodeJson {
  return {
    code: episodeCode(episode),
    url: new URL(episodeHref(slug, episode), site).href,
    kind: episode.kind.toLowerCase(),
    number: episode.number,
    title: episode.title,
    nativeTitle: episode.nativeTitle,
    romanisedTitle: episode.romanisedTitle,
    airDate: episode.airDate && toIsoDate(episode.airDate, episode.airDatePrecision),
    airDatePrecision: episode.airDate && apiDatePrecision(episode.airDatePrecision),
    runtimeMinutes: episode.runtimeMinutes,
  };
}

/** `GET /api/v1/films/{slug}/episodes/{code}`: one episode with its synopsis, credits, companies and characters. */
export type EpisodePageJson = EpisodeJson & {
  work: { slug: string; title: string; url: string };
  synopsis: string;
  credits: { person: PersonRef; role: string; note: string }[];
  companies: { studio: StudioRef; role: string; region: string | null }[];
  characters: { character: CharacterRef; prominence: string; voiceActors: VoiceActorJson[] }[];
};

export function episodePageJson({ film, episode }: EpisodePage, site: URL): EpisodePageJson {
  return {
    ...episodeJson(film.slug, episode, site),
    work: { slug: film.slug, title: film.title, url: new URL(`/films/${film.slug}`, site).href },
    synopsis: episode.synopsis,
    credits: episode.credits.map((credit) => ({
      person: personRef(credit.person),
      role: credit.role.name,
      note: credit.note,
    })),
    companies: episode.companies.map((company) => ({
      studio: studioRef(company.studio),
      role: company.role,
      region: company.region,
    })),
    characters: episode.appearances.map((appearance) => ({
      character: characterRef(appearance.character),
      prominence: apiProminence(appearance.prominence),
      voiceActors: appearance.voiceCredits.map(voiceActor),
    })),
  };
}
