/**
 * A name in the possessive, as an English style guide writes a title's: a name ending in s takes
 * the apostrophe alone ("Memories'"), any other "'s" ("Akira's").
 */
export function possessive(name: string): string {
  return /s$/i.test(name) ? `${name}'` : `${name}'s`;
}
