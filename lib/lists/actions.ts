"use server";

import { postedRows, rowField, rowNames } from "@/lib/forms/numbered-rows";
import { revalidatePath } from "next/cache";
import { expireTags } from "@/lib/cache/expire";
import { tagsShowingList } from "@/lib/cache/list-tags";
import { cacheTags } from "@/lib/cache/tags";
import type { z } from "zod";
import { redirect } from "next/navigation";
import { AuthorizationError } from "@/lib/auth/policy";
import { getCurrentUser } from "@/lib/auth/session";
import { FieldError, failure, formFields, zodErrors, type FormState, SIGNED_OUT } from "@/lib/forms/form-state";
import { byOrderInput } from "@/lib/forms/ordering";
import { ListError } from "./errors";
import { FilmChoiceError, type AddFilmState } from "./film-choices";
import { filmPageAfterListStarted } from "./started-list";
import { reorderListItems } from "./reorder-list-items";
import { addFilmByTitle, addFilmToList, updateItemNote } from "./item-mutations";
import { createList, startListWithFilm, updateList } from "./list-mutations";
import { AddFilmByTitleSchema, AddFilmToListSchema, IdSchema, ItemNoteSchema, ListDetailsSchema } from "./schema";

/** The common start of every list form: who is acting, and the fields the schema accepts. */
async function signedInInput<Schema extends z.ZodType>(formData: FormData, schema: Schema) {
  const fields = formFields(formData);
  const actor = await getCurrentUser();
  if (!actor) return { fields, refused: failure(fields, { formError: SIGNED_OUT }) } as const;
  const parsed = schema.safeParse(fields);
  if (!parsed.success) return { fields, refused: failure(fields, zodErrors(parsed.error)) } as const;
  return { fields, actor, data: parsed.data as z.output<Schema> } as const;
}

/** Domain refusals become the form's messages; anything else is unexpected and reaches error.tsx. */
function refusal(fields: Record<string, string>, error: unknown): FormState {
  if (error instanceof FieldError) return failure(fields, { fieldErrors: { [error.field]: [error.message] } });
  if (error instanceof ListError || error instanceof AuthorizationError) {
    return failure(fields, { formError: error.message });
  }
  throw error;
}

export async function createListAction(_previous: FormState | null, formData: FormData): Promise<FormState> {
  const input = await signedInInput(formData, ListDetailsSchema);
  if (input.refused) return input.refused;
  const { fields, actor, data } = input;
  let listId: number;
  try {
    listId = (await createList(actor, data)).id;
  } catch (error) {
    return refusal(fields, error);
  }
  revalidatePath("/lists");
  redirect(`/lists/${listId}`);
}

/** "Start a list" from a film's page: a new list holding the film, then back to the film, which says so. */
export async function startListWithFilmAction(
  boundFilmId: number,
  _previous: FormState | null,
  formData: FormData,
): Promise<FormState> {
  const filmId = IdSchema.parse(boundFilmId);
  const input = await signedInInput(formData, ListDetailsSchema);
  if (input.refused) return input.refused;
  const { fields, actor, data } = input;
  let started;
  try {
    started = await startListWithFilm(actor, data, filmId);
  } catch (error) {
    return refusal(fields, error);
  }
  await expireTags([cacheTags.list(started.id), cacheTags.filmLists(filmId)]);
  revalidatePath("/lists");
  redirect(filmPageAfterListStarted(started.film.slug, started.id));
}

export async function updateListAction(
  boundListId: number,
  _previous: FormState | null,
  formData: FormData,
): Promise<FormState> {
  const listId = IdSchema.parse(boundListId);
  const input = await signedInInput(formData, ListDetailsSchema);
  if (input.refused) return input.refused;
  const { fields, actor, data } = input;
  try {
    await updateList(actor, listId, data);
    await expireTags(await tagsShowingList(listId));
  } catch (error) {
    return refusal(fields, error);
  }
  revalidatePath(`/lists/${listId}`);
  revalidatePath("/lists");
  redirect(`/lists/${listId}`);
}

export async function addFilmByTitleAction(
  boundListId: number,
  _previous: FormState | null,
  formData: FormData,
): Promise<AddFilmState> {
  const listId = IdSchema.parse(boundListId);
  const input = await signedInInput(formData, AddFilmByTitleSchema);
  if (input.refused) return input.refused;
  const { fields, actor, data } = input;
  try {
    const film = await addFilmByTitle(actor, listId, data.film, data.filmSlug);
    await expireTags([cacheTags.list(listId), cacheTags.filmLists(film.id)]);
    revalidatePath(`/lists/${listId}`);
    return { ok: true, message: `Added ${film.title} to the list.` };
  } catch (error) {
    if (error instanceof FilmChoiceError) {
      return { ok: false, fieldErrors: { film: [error.message] }, values: fields, choices: error.choices };
    }
    return refusal(fields, error);
  }
}

/** The film page's "Add to list": the film is bound, the list chosen among the viewer's own. */
export async function addFilmToListAction(
  boundFilmId: number,
  _previous: FormState | null,
  formData: FormData,
): Promise<FormState> {
  const filmId = IdSchema.parse(boundFilmId);
  const input = await signedInInput(formData, AddFilmToListSchema);
  if (input.refused) return input.refused;
  const { fields, actor, data } = input;
  try {
    const film = await addFilmToList(actor, data.listId, filmId, "listId");
    await expireTags([cacheTags.list(data.listId), cacheTags.filmLists(filmId)]);
    revalidatePath(`/lists/${data.listId}`);
    return { ok: true, message: `Added ${film.title} to your list.` };
  } catch (error) {
    return refusal(fields, error);
  }
}

export async function updateItemNoteAction(
  boundListId: number,
  boundItemId: number,
  _previous: FormState | null,
  formData: FormData,
): Promise<FormState> {
  const listId = IdSchema.parse(boundListId);
  const itemId = IdSchema.parse(boundItemId);
  const input = await signedInInput(formData, ItemNoteSchema);
  if (input.refused) return input.refused;
  const { fields, actor, data } = input;
  try {
    await updateItemNote(actor, listId, itemId, data.note);
  } catch (error) {
    return refusal(fields, error);
  }
  revalidatePath(`/lists/${listId}`);
  return { ok: true, message: "Note saved." };
}

const RANK_FIELDS = ["id", "rank"] as const;
// A list holds up to thousands of films, so its rows take four digits.
const RANK_DIGITS = 4;
const RANK_INPUT = new RegExp(`^${rowNames("items", RANK_FIELDS, RANK_DIGITS)}$`);

/** Sets the whole order at once from the rank typed beside each item: one request, one statement. */
export async function reorderListAction(
  boundListId: number,
  _previous: FormState | null,
  formData: FormData,
): Promise<FormState> {
  const fields = formFields(formData);
  const listId = IdSchema.parse(boundListId);
  const actor = await getCurrentUser();
  if (!actor) return failure(fields, { formError: SIGNED_OUT });
  const unexpected = Object.keys(fields).find((name) => !RANK_INPUT.test(name));
  if (unexpected) return failure(fields, { formError: `Unexpected field: ${unexpected}.` });
  const rows = postedRows(fields, "items", RANK_FIELDS, RANK_DIGITS);
  const fieldErrors: Record<string, string[]> = {};
  for (const { index, values: row } of rows) {
    if (!Number.isFinite(Number(row.rank)) || row.rank.trim() === "") {
      fieldErrors[rowField("items", index, "rank")] = ["Give a number, such as 3 or 2.5."];
    }
  }
  if (Object.keys(fieldErrors).length > 0) return failure(fields, { fieldErrors });
  const itemIds = byOrderInput(rows.map(({ index, values: row }) => ({ index, order: row.rank, row: Number(row.id) })));
  try {
    await reorderListItems(actor, listId, itemIds);
  } catch (error) {
    return refusal(fields, error);
  }
  revalidatePath(`/lists/${listId}`);
  redirect(`/lists/${listId}`);
}
