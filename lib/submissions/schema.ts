import { z } from "zod";
import { textField } from "@/lib/forms/text";
import { blockCount, nestingDepth, WIKI_BLOCKS_MAX, WIKI_NESTING_MAX } from "@/lib/wiki/nesting";

/** Client-safe: forms and badges name statuses without reaching for the generated client. */
export type { SubmissionStatus } from "@/lib/generated/prisma/enums";

export const SUMMARY_MAX = 300;
export const SOURCE_MAX = 500;
export const DECK_MAX = 500;
export const DESCRIPTION_MAX = 50_000;

/** What every submission carries besides its change: why, where from, and what it was based on. */
export const EditMetaSchema = z.object({
  summary: textField()
    .trim()
    .min(1, "Say briefly what you changed and why.")
    .max(SUMMARY_MAX, `Edit summaries are at most ${SUMMARY_MAX} characters long.`)
    .refine((summary) => /[\p{L}\p{N}]/u.test(summary), "An edit summary needs words, not just punctuation."),
  source: textField().trim().max(SOURCE_MAX, `Sources are at most ${SOURCE_MAX} characters long.`).default(""),
  baseRevisionId: z
    .string()
    .optional()
    .transform((value) => (value ? Number(value) : null))
    .pipe(z.number().int().positive().nullable()),
});

export type EditMeta = z.infer<typeof EditMetaSchema>;

/**
 * A description or biography: Markdown with wiki links, bounded in length, in how deep its lists and
 * quotes nest and in how many blocks it holds (see `lib/wiki/nesting.ts`: past either, parsing it gets
 * slow for every reader).
 */
export const wikiTextSchema = (what: string) =>
  textField()
    .trim()
    .max(DESCRIPTION_MAX, `The ${what} is at most ${DESCRIPTION_MAX.toLocaleString("en-US")} characters long.`)
    .superRefine((text, context) => {
      const depth = nestingDepth(text);
      if (depth > WIKI_NESTING_MAX) {
        context.addIssue({
          code: "custom",
          message:
            `Lists and quotes nest at most ${WIKI_NESTING_MAX} levels deep here; this text nests ` +
            `${depth.toLocaleString("en-US")}. Remove some of the leading >, - or numbers, or put a \\ before one ` +
            "to show it as text.",
        });
        return;
      }
      const blocks = blockCount(text);
      if (blocks <= WIKI_BLOCKS_MAX) return;
      context.addIssue({
        code: "custom",
        message:
          `The ${what} holds at most ${WIKI_BLOCKS_MAX.toLocaleString("en-US")} lines, with each list item or ` +
          `quote counting one more; this one has ${blocks.toLocaleString("en-US")}. Join short lines into paragraphs.`,
      });
    });
