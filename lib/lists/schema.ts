import { z } from "zod";
import { textField } from "@/lib/forms/text";
import { MAX_ID } from "@/lib/ids";

export const LIST_VISIBILITIES = ["PUBLIC", "UNLISTED", "PRIVATE"] as const;

export const ListDetailsSchema = z.strictObject({
  title: textField().trim().min(1, "Give the list a title.").max(120, "List titles are at most 120 characters long."),
  description: textField().trim().max(2000, "Descriptions are at most 2,000 characters long.").default(""),
  // A checkbox posts "on" when ticked and nothing at all when not.
  ranked: z
    .literal("on")
    .optional()
    .transform((value) => value === "on"),
  visibility: z.enum(LIST_VISIBILITIES, "Choose who can see the list."),
});

export type ListDetailsInput = z.infer<typeof ListDetailsSchema>;

/** The list page's form: a film named by its title, as picked from the suggestions or typed. */
export const AddFilmByTitleSchema = z.strictObject({
  film: textField().trim().min(1, "Name a film to add.").max(300, "That is longer than any film title."),
  // Set by the suggestions to the slug of the film picked, so films sharing a title can be told apart.
  filmSlug: textField()
    .trim()
    .max(200)
    .optional()
    .transform((slug) => slug || undefined),
});

/** The film page's form: which of the viewer's lists gets the film. */
export const AddFilmToListSchema = z.strictObject({
  listId: z.coerce.number("Choose one of your lists.").int().positive("Choose one of your lists."),
});

export const ItemNoteSchema = z.strictObject({
  note: textField().trim().max(1000, "Notes are at most 1,000 characters long."),
});

export const LISTS_PAGE_SORTS = ["popular", "recent"] as const;

/**
 * The pages of public lists one can page through. Counting every public list on each request would
 * read most of the List table; counting at most one more than these pages hold reads a bounded
 * stretch of an index, and the deepest OFFSET stays as short. Lists further down are still reached
 * from their films' pages and their owners' profiles.
 */
export const LISTS_MAX_PAGE = 100;

export const ListsPageSchema = z.object({
  sort: z.enum(LISTS_PAGE_SORTS).catch("popular"),
  page: z.coerce
    .number()
    .int()
    .positive()
    .catch(1)
    .transform((page) => Math.min(page, LISTS_MAX_PAGE)),
});

/** Ids bound into actions come from the page, so the server re-checks them. */
export const IdSchema = z.number().int().positive().max(MAX_ID);
export const MoveDirectionSchema = z.enum(["up", "down"]);
