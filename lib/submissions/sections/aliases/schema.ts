import { z } from "zod";
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
