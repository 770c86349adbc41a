import { z } from "zod";
import { textField } from "@/lib/forms/text";
import { slugify } from "@/lib/format/slug";

export const ALIASES_MAX = 50;
export const ALIAS_MAX = 300;
export const TAGS_MAX = 50;
export const TAG_NAME_MAX = 100;
export const FRANCHISE_NAME_MAX = 200;
export const RELATIONS_MAX = 100;
/** What an edit form suggests: the stored value and, where it differs, what people read. */
export type Choice = { value: string; label?: string };

export const RELATION_KINDS = ["SIMILAR", "SEQUEL", "PREQUEL", "SIDE_STORY", "ADAPTATION", "RELATED"] as const;

/** Case and accents aside, two names are the same name. */
export const sameName = (a: string, b: string) => a.localeCompare(b, "en", { sensitivity: "base" }) === 0;

/** The order tags are read and stored in, so that a list in a different order is no change. */
export const byName = (a: string, b: string) => a.localeCompare(b, "en", { sensitivity: "base" }) || a.localeCompare(b);

/** Marks every entry that repeats an earlier one, at its own index, so the error sits beside it. */
function refuseRepeats<T>(key: (item: T) => string, message: (item: T) => string, field?: string) {
  return (items: T[], context: z.RefinementCtx) => {
    items.forEach((item, index) => {
      if (items.slice(0, index).some((earlier) => sameName(key(earlier), key(item)))) {
        context.addIssue({ code: "custom", path: field ? [index, field] : [index], message: message(item) });
      }
    });
  };
}

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

const TagNameSchema = textField()
  .trim()
  .min(1, "A name cannot be empty.")
  .max(TAG_NAME_MAX, `Names are at most ${TAG_NAME_MAX} characters long.`)
  .refine((name) => slugify(name) !== "", "A name needs letters or digits.");

export const TagsValuesSchema = z.strictObject({
  names: z
    .array(TagNameSchema)
    .max(TAGS_MAX, `At most ${TAGS_MAX} names.`)
    .superRefine(
      refuseRepeats(
        (name) => name,
        (name) => `“${name}” is listed twice.`,
      ),
    )
    .transform((names) => names.toSorted(byName)),
});

export type TagsValues = z.infer<typeof TagsValuesSchema>;

export const FranchiseValuesSchema = z.strictObject({
  franchise: TagNameSchema.max(
    FRANCHISE_NAME_MAX,
    `Names are at most ${FRANCHISE_NAME_MAX} characters long.`,
  ).nullable(),
});

export type FranchiseValues = z.infer<typeof FranchiseValuesSchema>;

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
