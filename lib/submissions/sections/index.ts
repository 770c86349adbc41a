import { characters } from "./characters";
import { credits } from "./credits";
import { description } from "./description";
import { aliases } from "./aliases";
import { franchise } from "./franchise";
import { relations } from "./relations";
import { associations, genres, themes } from "./tags";
import { general } from "./general";
import { poster } from "./poster";
import { segments } from "./segments";
import { person } from "./person";
import { character } from "./character";
import type { SectionDefinition } from "./types";

export type { SectionDefinition } from "./types";

/** Every editable section; a new one is declared in its own file and registered here. */
export const SECTIONS = {
  description,
  general,
  aliases,
  genres,
  themes,
  associations,
  franchise,
  relations,
  segments,
  credits,
  characters,
  poster,
  person,
  character,
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
