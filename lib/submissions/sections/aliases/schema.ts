import { z } from "zod";
import { postedRows, rowNames } from "@/lib/forms/numbered-rows";
import { textField } from "@/lib/forms/text";
import { TITLE_KINDS } from "@/lib/titles/kinds";
import { canonicalLanguageTag } from "@/lib/titles/languages";
import { refuseRepeats } from "../shared-schema";

export const ALIASES_MAX = 50;
export const ALIAS_MAX = 300;
export const LANGUAGE_TAG_MAX = 35;

export const AliasValueSchema = z.strictObject({
  title: textField()
    .trim()
    .min(1, "A title cannot be empty.")
    .max(ALIAS_MAX, `Titles are at most ${ALIAS_MAX} characters long.`),
  language: z
    .string()
    .trim()
    .min(1, "Give the title's language as a tag, such as ja, ja-Latn, en or zh-Hans (und if unknown).")
    .max(LANGUAGE_TAG_MAX, `Language tags are at most ${LANGUAGE_TAG_MAX} characters long.`)
    .transform((typed, context) => {
      const tag = canonicalLanguageTag(typed);
      if (tag) return tag;
      context.addIssue({
        code: "custom",
        message: `“${typed}” is not a language tag: use one such as ja, ja-Latn, en or zh-Hans (und if unknown).`,
      });
      return z.NEVER;
    }),
  kind: z.enum(TITLE_KINDS, "Choose whether the title is official, romanised or a synonym."),
});

export type AliasValue = z.infer<typeof AliasValueSchema>;

/** What makes two rows the same title: its spelling in one language, case and accents aside. */
export const aliasKey = (alias: Pick<AliasValue, "title" | "language">) => `${alias.language}:${alias.title}`;

export const AliasesValuesSchema = z.strictObject({
  aliases: z
    .array(AliasValueSchema)
    .max(ALIASES_MAX, `At most ${ALIASES_MAX} titles.`)
    .superRefine(refuseRepeats(aliasKey, (alias) => `“${alias.title}” is listed twice in this language.`, "title")),
});

export type AliasesValues = z.infer<typeof AliasesValuesSchema>;

export const ALIAS_FIELDS = ["title", "language", "kind"] as const;

export const ALIASES_FORM_FIELD = new RegExp(`^${rowNames("aliases", ALIAS_FIELDS)}$`);

/**
 * The posted aliases.<n>.* rows in order. A row's kind has a default, so a row with neither title nor
 * language is empty, and dropped, as the server's error keys count the rows.
 */
export function aliasRowsFromForm(fields: Record<string, string | undefined>) {
  return postedRows(fields, "aliases", ALIAS_FIELDS)
    .map(({ values }) => values)
    .filter((row) => row.title.trim() !== "" || row.language.trim() !== "");
}
