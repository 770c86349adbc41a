import { characters } from "./characters/definition";
import { credits } from "./credits/definition";
import { description } from "./description/definition";
import { aliases } from "./aliases/definition";
import { franchise } from "./franchise/definition";
import { relations } from "./relations/definition";
import { associations, genres, themes } from "./tags/definition";
import { general } from "./general/definition";
import { links } from "./links/definition";
import { poster } from "./poster/definition";
import { segments } from "./segments/definition";
import { episodes } from "./episodes/definition";
import { person } from "./person/definition";
import { character } from "./character/definition";
import { companies } from "./companies/definition";
import { studio } from "./studio/definition";
import { title } from "./title/definition";
import { broadcast } from "./broadcast/definition";
import { streams } from "./streams/definition";
import type { SectionDefinition } from "./types";

export type { SectionDefinition } from "./types";

/** Every editable section; a new one is declared in its own folder and registered here (docs/architecture.md). */
export const SECTIONS = {
  title,
  description,
  general,
  broadcast,
  aliases,
  genres,
  themes,
  associations,
  franchise,
  relations,
  links,
  streams,
  segments,
  episodes,
  credits,
  companies,
  characters,
  poster,
  person,
  character,
  studio,
} as const;

export type SectionId = keyof typeof SECTIONS;

export function isSectionId(value: string): value is SectionId {
  return Object.hasOwn(SECTIONS, value);
}

export function sectionOf(id: string): SectionDefinition<Record<string, unknown>> {
  if (!isSectionId(id)) throw new Error(`Unknown section: ${id}`);
  return SECTIONS[id] as unknown as SectionDefinition<Record<string, unknown>>;
}

/** Film sections are edited on the film's pages; their open submissions can be amended there too. */
export function isFilmSection(id: string): boolean {
  return isSectionId(id) && SECTIONS[id].entityType === "FILM";
}
