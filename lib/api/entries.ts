import "server-only";
import { getCharacterPage } from "@/lib/characters/queries";
import { getFilmPage } from "@/lib/films/queries";
import { filmSlugByLink } from "@/lib/links/queries";
import type { LookupQuerySchema } from "@/lib/links/schema";
import { getPersonPage } from "@/lib/people/queries";
import type { z } from "zod";
import { searchPublicCatalogue } from "@/lib/search/queries";
import type { SearchApiQuerySchema } from "@/lib/search/schema";
import { siteUrl } from "@/lib/site-url";
import { getStudioPage } from "@/lib/studios/queries";
import { characterJson, type CharacterJson } from "./character-json";
import { filmJson, type FilmJson } from "./film-json";
import { personJson, type PersonJson } from "./person-json";
import { searchJson, type SearchJson } from "./search-json";
import { seasonJson, type SeasonJson } from "./season-json";
import { getSeasonWorks } from "@/lib/seasons/queries";
import { parseSeasonParams } from "@/lib/seasons/season";
import { studioJson, type StudioJson } from "./studio-json";
import { getEpisodePage } from "@/lib/episodes/queries";
import { episodePageJson, type EpisodePageJson } from "./episode-json";

// The API reads exactly what the pages read, so the two never disagree and share their query budget.

export async function getFilmJson(slug: string): Promise<FilmJson | null> {
  const film = await getFilmPage(slug);
  return film && filmJson(film, siteUrl());
}

/** The work a page on another database describes, as `getFilmJson` answers it. */
export async function getLookupJson({ site, id }: z.infer<typeof LookupQuerySchema>): Promise<FilmJson | null> {
  const slug = await filmSlugByLink(site, id);
  return slug === null ? null : getFilmJson(slug);
}

/** A season's works, or null when the address names no season a page exists for. */
export async function getSeasonJson(year: string, season: string): Promise<SeasonJson | null> {
  const named = parseSeasonParams(year, season);
  return named && seasonJson(await getSeasonWorks(named.year, named.season), siteUrl());
}

export async function getEpisodeJson(slug: string, code: string): Promise<EpisodePageJson | null> {
  const page = await getEpisodePage(slug, code);
  return page && episodePageJson(page, siteUrl());
}

export async function getPersonJson(slug: string): Promise<PersonJson | null> {
  const person = await getPersonPage(slug);
  return person && personJson(person, siteUrl());
}

export async function getCharacterJson(slug: string): Promise<CharacterJson | null> {
  const character = await getCharacterPage(slug);
  return character && characterJson(character, siteUrl());
}

export async function getStudioJson(slug: string): Promise<StudioJson | null> {
  const studio = await getStudioPage(slug);
  return studio && studioJson(studio, siteUrl());
}

export async function getSearchJson({
  q,
  type,
  page,
  limit,
}: z.infer<typeof SearchApiQuerySchema>): Promise<SearchJson> {
  const found = await searchPublicCatalogue(q, { kind: type, page, pageSize: limit });
  return searchJson(q, type, found, siteUrl());
}
