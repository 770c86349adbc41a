import { z } from "zod";
import { postedRows, rowNames } from "@/lib/forms/numbered-rows";
import { textField } from "@/lib/forms/text";
import { refuseRepeats } from "../shared-schema";

export const RELATIONS_MAX = 100;

export const RELATION_KINDS = ["SIMILAR", "SEQUEL", "PREQUEL", "SIDE_STORY", "ADAPTATION", "RELATED"] as const;

export const RelationValueSchema = z.strictObject({
  kind: z.enum(RELATION_KINDS, { error: "Choose what kind of relation this is." }),
  /** The other film's slug; a form may send its title, which the section resolves before storing. */
  film: textField().trim().min(1, "Choose a film.").max(300, "Film names are at most 300 characters long."),
});

export type RelationValue = z.infer<typeof RelationValueSchema>;

export const RelationsValuesSchema = z.strictObject({
  relations: z
    .array(RelationValueSchema)
    .max(RELATIONS_MAX, `At most ${RELATIONS_MAX} relations.`)
    .superRefine(
      refuseRepeats(
        (relation) => `${relation.kind} ${relation.film}`,
        () => "This relation is listed twice.",
        "film",
      ),
    ),
});

export type RelationsValues = z.infer<typeof RelationsValuesSchema>;

export const RELATION_FIELDS = ["kind", "film"] as const;

export const RELATIONS_FORM_FIELD = new RegExp(`^${rowNames("relations", RELATION_FIELDS)}$`);

/**
 * The posted relations.<n>.* rows in order. A row's kind has a default, so only a row without a
 * film is empty, and dropped, as the server's error keys count the rows.
 */
export function relationRowsFromForm(fields: Record<string, string | undefined>) {
  return postedRows(fields, "relations", RELATION_FIELDS)
    .map(({ values }) => values)
    .filter((row) => row.film.trim() !== "");
}
