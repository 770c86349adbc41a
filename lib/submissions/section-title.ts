import { newEntryTitle } from "./entry-schema";
import { isSectionId, SECTIONS } from "./sections";

/**
 * What readers call a section, a proposed entry's kind ("New film"), or a section only the seed
 * recorded, whose stored id is made readable ("releaseDates" → "Release dates").
 */
export function sectionTitle(section: string): string {
  if (isSectionId(section)) return SECTIONS[section].title;
  return newEntryTitle(section) ?? readableKey(section);
}

/** A stored key as words: "releaseDates" or "new-film" reads "Release dates", "New film". */
export function readableKey(key: string): string {
  const words = key
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .replace(/[-_]+/g, " ")
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
