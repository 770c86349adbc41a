import { z } from "zod";
import { textField } from "@/lib/forms/text";
import type { FormState } from "@/lib/forms/form-state";
import type { FilmFormat } from "@/lib/generated/prisma/enums";
import { DECK_MAX } from "./schema";

export const NAME_MAX = 300;

export const nameField = (what: string) =>
  textField().trim().min(1, `Give the ${what}.`).max(NAME_MAX, `The ${what} is at most ${NAME_MAX} characters long.`);

export const nativeNameField = (what: string) =>
  textField().trim().max(NAME_MAX, `The ${what} is at most ${NAME_MAX} characters long.`);

export const deckField = textField().trim().max(DECK_MAX, `The deck is at most ${DECK_MAX} characters long.`);

export const FILM_FORMATS = ["FILM", "TV", "OVA", "ONA", "SPECIAL"] as const satisfies readonly FilmFormat[];

const FIRST_FILM_YEAR = 1900;

/** Films announced up to five years ahead may be proposed. */
const lastFilmYear = () => new Date().getFullYear() + 5;

/**
 * The year of a film's first release, when known, kept as typed ("1988", or "" for unknown) so a
 * stored proposal parses again unchanged when it is approved.
 */
const filmYearField = textField()
  .trim()
  .regex(/^(\d{4})?$/, { error: "Give the year as four digits, such as 1988.", abort: true })
  .refine((year) => year === "" || (Number(year) >= FIRST_FILM_YEAR && Number(year) <= lastFilmYear()), {
    error: () => `The year is between ${FIRST_FILM_YEAR} and ${lastFilmYear()}.`,
  });

export const NewFilmSchema = z.strictObject({
  title: nameField("title"),
  nativeTitle: nativeNameField("native title"),
  format: z.enum(FILM_FORMATS, { error: "Choose a format." }),
  // Proposals made before the field existed have none.
  year: filmYearField.default(""),
  deck: deckField,
});

export type NewFilmValues = z.infer<typeof NewFilmSchema>;

export const NewPersonSchema = z.strictObject({
  name: nameField("name"),
  nativeName: nativeNameField("native name"),
  deck: deckField,
});

export type NewPersonValues = z.infer<typeof NewPersonSchema>;

export const NewCharacterSchema = NewPersonSchema;

export type NewCharacterValues = NewPersonValues;

export const NewStudioSchema = NewPersonSchema;

/** An entry that may already be the one being proposed, shown with a link before it is saved. */
export type SimilarEntry = { href: string; name: string; nativeName: string | null; year: number | null };

/** The sections a proposed entry is stored under, with the title the queue and history show. */
export const NEW_ENTRY_TITLES = {
  "new-film": "New film",
  "new-person": "New person",
  "new-character": "New character",
  "new-studio": "New studio",
} as const;

export function newEntryTitle(section: string): string | null {
  return Object.hasOwn(NEW_ENTRY_TITLES, section) ? NEW_ENTRY_TITLES[section as keyof typeof NEW_ENTRY_TITLES] : null;
}

/** A proposal form's answer: a FormState, plus the entries it may duplicate when there are some. */
export type NewEntryFormState = FormState & { similar?: SimilarEntry[] };
