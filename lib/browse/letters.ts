import type { Letter } from "./schema";

/** A half-open range of strings, in Prisma's words, that a B-tree index can scan. */
export type StringRange = { gte?: string; lt?: string };

const nextChar = (char: string) => String.fromCharCode(char.charCodeAt(0) + 1);

/**
 * The ranges of a column's values that start with the letter, in either case, or for "#" with
 * anything but A–Z and a–z. Ranges rather than a function of the column, so the column's index
 * answers them. They assume byte-order collation (C or C.UTF-8, what Keyframe's embedded
 * PostgreSQL uses), where upper- and lower-case letters are two separate runs: "Z" < "[" < "a".
 */
export function letterRanges(letter: Letter): StringRange[] {
  if (letter === "#") return [{ lt: "A" }, { gte: nextChar("Z"), lt: "a" }, { gte: nextChar("z") }];
  const lower = letter.toLowerCase();
  return [
    { gte: letter, lt: nextChar(letter) },
    { gte: lower, lt: nextChar(lower) },
  ];
}
