import { description } from "./description";
import { general } from "./general";
import type { SectionDefinition } from "./types";

export type { SectionDefinition } from "./types";

/** Every editable section; a new one is declared in its own file and registered here. */
export const SECTIONS = { description, general } as const;

export type SectionId = keyof typeof SECTIONS;

export function isSectionId(value: string): value is SectionId {
  return Object.hasOwn(SECTIONS, value);
}

export function sectionOf(id: string): SectionDefinition<Record<string, unknown>> {
  if (!isSectionId(id)) throw new Error(`Unknown section: ${id}`);
  return SECTIONS[id] as unknown as SectionDefinition<Record<string, unknown>>;
}
