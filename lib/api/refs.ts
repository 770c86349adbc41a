/** Another entry as the API names it: enough to show it and to ask for it by slug. */
export type FilmRef = { slug: string; title: string; year: number | null };
export type PersonRef = { slug: string; name: string };
export type CharacterRef = { slug: string; name: string };
export type StudioRef = { slug: string; name: string };
export type TermRef = { slug: string; name: string };

export const filmRef = ({ slug, title, year }: FilmRef): FilmRef => ({ slug, title, year });
export const personRef = ({ slug, name }: PersonRef): PersonRef => ({ slug, name });
export const characterRef = ({ slug, name }: CharacterRef): CharacterRef => ({ slug, name });
export const studioRef = ({ slug, name }: StudioRef): StudioRef => ({ slug, name });
export const termRef = ({ slug, name }: TermRef): TermRef => ({ slug, name });

/** The absolute address of an entry's page; a slug is one path segment whatever it holds. */
export function pageUrl(section: "films" | "people" | "characters" | "studios", slug: string, site: URL): string {
  return new URL(`/${section}/${encodeURIComponent(slug)}`, site).href;
}

/** A voice actor of a character, as both the film and the character show it. */
export type VoiceActorJson = { person: PersonRef; language: string; note: string };

export function voiceActor(credit: { language: string; note: string; person: PersonRef }): VoiceActorJson {
  return { person: personRef(credit.person), language: credit.language, note: credit.note };
}
