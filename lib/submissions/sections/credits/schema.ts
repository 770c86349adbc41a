import { z } from "zod";
import { textField } from "@/lib/forms/text";
import { byOrderInput } from "@/lib/forms/ordering";
import { postedRows, rowNames } from "@/lib/forms/numbered-rows";
import type { NamedEntry } from "@/lib/search/entry-summary";
import type { WorkPartChoices } from "../work-parts";
import { episodeField, newPersonTick, rowList, withEpisode, withNewPerson } from "../shared-schema";

export const CREDIT_NOTE_MAX = 500;

/** A credit; `newPerson` is there only when ticked. */
export type CreditValue = {
  person: string;
  newPerson?: true;
  role: string;
  segment: string;
  episode?: string;
  note: string;
};

export const CreditValueSchema = z
  .strictObject({
    /**
     * A person's slug, or their name as typed; the mutation resolves it against the people table.
     * With `newPerson`, the name of a person to create.
     */
    person: textField()
      .trim()
      .min(1, "Choose a person, or clear the row to remove the credit.")
      .max(200, "No person has a name this long."),
    /** A name from the credit roles vocabulary. */
    role: textField().trim().min(1, "Choose a role.").max(100, "No role has a name this long."),
    /** The title of one of the film's segments; empty for the whole film. */
    segment: textField().trim().max(300, "No segment has a title this long."),
    /** One of the series' episodes by code ("3", "s1"); empty for the whole work. Revisions from before episodes have none. */
    episode: episodeField,
    note: textField().trim().max(CREDIT_NOTE_MAX, `Notes are at most ${CREDIT_NOTE_MAX} characters.`),
    newPerson: newPersonTick,
  })
  .transform((credit): CreditValue => withEpisode(withNewPerson(credit)));

export const CreditsValuesSchema = z.strictObject({
  credits: rowList(CreditValueSchema, "credits"),
});

export type CreditsValues = z.infer<typeof CreditsValuesSchema>;

/** What the credits form offers: the roles and the work's parts; and the people it names, for their pickers. */
export type CreditChoices = WorkPartChoices & {
  people: NamedEntry[];
  roles: string[];
};

export const CREDIT_FIELDS = ["order", "person", "newPerson", "role", "segment", "episode", "note"] as const;

export const CREDIT_FORM_FIELD = new RegExp(`^${rowNames("credits", CREDIT_FIELDS)}$`);

const blankCredit = (row: CreditValue) =>
  !row.person.trim() &&
  !row.newPerson &&
  !row.role.trim() &&
  !row.segment.trim() &&
  !row.episode?.trim() &&
  !row.note.trim();

/**
 * The posted credits.<n>.* rows in the order their Order inputs ask for, empty rows dropped. The
 * form rebuilds a failed post with this too, because the server's error keys ("credits.3.person")
 * count these rows in this order.
 */
export function creditRowsFromForm(fields: Record<string, string | undefined>): CreditValue[] {
  return byOrderInput(
    postedRows(fields, "credits", CREDIT_FIELDS)
      // A ticked checkbox posts its value; an unticked one posts nothing.
      .map(({ index, values: { order, newPerson, ...row } }) => ({
        index,
        order,
        row: withEpisode(newPerson ? { ...row, newPerson: true as const } : row),
      }))
      .filter(({ row }) => !blankCredit(row)),
  );
}
