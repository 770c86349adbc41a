import { episodeCode } from "@/lib/episodes/codes";
import type { PersonPage } from "@/lib/people/queries";
import { characterRef, filmRef, pageUrl, type CharacterRef, type FilmRef } from "./refs";

/** `GET /api/v1/people/{slug}`: the person page's facts. README "JSON API" documents every field. */
export type PersonJson = {
  slug: string;
  url: string;
  name: string;
  nativeName: string | null;
  deck: string;
  /** Markdown with [[wiki links]], as stored; `url` shows it rendered. */
  bio: string;
  updatedAt: string;
  credits: { film: FilmRef; role: string; segment: string | null; episode: string | null; note: string }[];
  voiceRoles: { film: FilmRef; character: CharacterRef; language: string; note: string }[];
};

export function personJson(person: PersonPage, site: URL): PersonJson {
  return {
    slug: person.slug,
    url: pageUrl("people", person.slug, site),
    name: person.name,
    nativeName: person.nativeName,
    deck: person.deck,
    bio: person.bio,
    updatedAt: person.updatedAt.toISOString(),
    credits: person.credits.map((credit) => ({
      film: filmRef(credit.film),
      role: credit.role.name,
      segment: credit.segment?.title ?? null,
      episode: credit.episode && episodeCode(credit.episode),
      note: credit.note,
    })),
    voiceRoles: person.voiceCredits.map((credit) => ({
      film: filmRef(credit.appearance.film),
      character: characterRef(credit.appearance.character),
      language: credit.language,
      note: credit.note,
    })),
  };
}
