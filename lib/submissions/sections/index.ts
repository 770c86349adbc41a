import { credits } from "./credits";
import { description } from "./description";
import { aliases } from "./aliases";
import { franchise } from "./franchise";
import { relations } from "./relations";
import { associations, genres, themes } from "./tags";
import { general } from "./general";
import { poster } from "./poster";
import { segments } from "./segments";
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
  poster,
} as const;

export type SectionId = keyof typeof SECTIONS;

export function isSectionId(value: string): value is SectionId {
  return Object.hasOwn(SECTIONS, value);
}

export function sectionOf(id: string): SectionDefinition<Record<string, unknown>> {
  if (!isSectionId(id)) throw new Error(`Unknown section: ${id}`);
  return SECTIONS[id] as unknown as SectionDefinition<Record<string, unknown>>;
}
