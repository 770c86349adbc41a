import type { CharacterPage } from "@/lib/characters/queries";
import { episodeCode } from "@/lib/episodes/codes";
import { filmRef, pageUrl, voiceActor, type FilmRef, type VoiceActorJson } from "./refs";
import { apiProminence } from "./vocabulary";

/** `GET /api/v1/characters/{slug}`: the character page's facts. README "JSON API" documents every field. */
export type CharacterJson = {
  slug: string;
  url: string;
  name: string;
  nativeName: string | null;
  deck: string;
  /** Markdown with [[wiki links]], as stored; `url` shows it rendered. */
  description: string;
  updatedAt: string;
  appearances: {
    film: FilmRef;
    segment: string | null;
    episode: string | null;
    prominence: string;
    voiceActors: VoiceActorJson[];
  }[];
};

export function characterJson(character: CharacterPage, site: URL): CharacterJson {
  return {
    slug: character.slug,
    url: pageUrl("characters", character.slug, site),
    name: character.name,
    nativeName: character.nativeName,
    deck: character.deck,
    description: character.description,
    updatedAt: character.updatedAt.toISOString(),
    appearances: character.appearances.map((appearance) => ({
      film: filmRef(appearance.film),
      segment: appearance.segment?.title ?? null,
      episode: appearance.episode && episodeCode(appearance.episode),
      prominence: apiProminence(appearance.prominence),
      voiceActors: appearance.voiceCredits.map(voiceActor),
    })),
  };
}
