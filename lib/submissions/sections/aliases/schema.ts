import { z } from "zod";
import { postedValues, rowNames } from "@/lib/forms/numbered-rows";
import { textField } from "@/lib/forms/text";
import { refuseRepeats } from "../shared-schema";

export const ALIASES_MAX = 50;
export const ALIAS_MAX = 300;

export const AliasesValuesSchema = z.strictObject({
  aliases: z
    .array(
      textField()
        .trim()
        .min(1, "An alias cannot be empty.")
        .max(ALIAS_MAX, `Aliases are at most ${ALIAS_MAX} characters long.`),
    )
    .max(ALIASES_MAX, `At most ${ALIASES_MAX} aliases.`)
    .superRefine(
      refuseRepeats(
        (alias) => alias,
        (alias) => `“${alias}” is listed twice.`,
      ),
    ),
});

export type AliasesValues = z.infer<typeof AliasesValuesSchema>;

export const ALIASES_FORM_FIELD = new RegExp(`^${rowNames("aliases")}$`);

/** The posted aliases.<n> boxes in order, empty ones dropped, as the server's error keys count them. */
export function aliasesFromForm(fields: Record<string, string | undefined>): string[] {
  return postedValues(fields, "aliases").filter((alias) => alias.trim() !== "");
}
