import { FieldError, type FormState } from "@/lib/forms/form-state";

/** A film the list page's form may mean, offered as a button beside the box. */
export type FilmChoice = { slug: string; title: string; year: number | null };

/**
 * The typed title names no film, or several: the form offers the films it may mean, to add with
 * one more press, rather than adding one the person did not choose.
 */
export class FilmChoiceError extends FieldError<"film"> {
  constructor(
    message: string,
    public readonly choices: FilmChoice[],
  ) {
    super("film", message);
  }
}

/** What the "Add film" form answers: as any form, and on a refusal the films it may have meant. */
export type AddFilmState =
  Extract<FormState, { ok: true }> | (Extract<FormState, { ok: false }> & { choices?: FilmChoice[] });
