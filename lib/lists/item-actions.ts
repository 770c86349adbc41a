"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { AuthorizationError } from "@/lib/auth/policy";
import { requireUser } from "@/lib/auth/session";
import { expireTags } from "@/lib/cache/expire";
import { tagsShowingList, tagsShowingListItem } from "@/lib/cache/list-tags";
import { failure, type FormState } from "@/lib/forms/form-state";
import { ListError } from "./errors";
import { removeListItem } from "./item-mutations";
import { deleteList, likeList, unlikeList } from "./list-mutations";
import { listPageHref, listPageOf } from "./paging";
import { moveListItem } from "./reorder-list-items";
import { IdSchema, MoveDirectionSchema } from "./schema";

/*
 * Button-only forms: nothing to type, so nothing to keep on failure. A refusal the person can act
 * on (the list or the item went away meanwhile, the list is not theirs) is the form's message,
 * beside the button, with or without JavaScript; anything else is unexpected and reaches error.tsx.
 */

async function refusing(act: () => Promise<void>): Promise<FormState | null> {
  try {
    await act();
    return null;
  } catch (error) {
    if (error instanceof ListError || error instanceof AuthorizationError)
      return failure({}, { formError: error.message });
    throw error;
  }
}

export async function moveListItemAction(
  boundListId: number,
  boundItemId: number,
  boundDirection: string,
  _previous: FormState | null,
): Promise<FormState> {
  const listId = IdSchema.parse(boundListId);
  const itemId = IdSchema.parse(boundItemId);
  const direction = MoveDirectionSchema.parse(boundDirection);
  const actor = await requireUser(`/lists/${listId}`);
  let page = 1;
  const refused = await refusing(async () => {
    page = listPageOf((await moveListItem(actor, listId, itemId, direction)).rank);
  });
  if (refused) return refused;
  revalidatePath(`/lists/${listId}`);
  // The page the item is now on announces the move and keeps the item in view.
  redirect(`${listPageHref(listId, page, { moved: `${itemId}-${direction}` })}#item-${itemId}`);
}

export async function removeListItemAction(
  boundListId: number,
  boundItemId: number,
  _previous: FormState | null,
): Promise<FormState | null> {
  const listId = IdSchema.parse(boundListId);
  const itemId = IdSchema.parse(boundItemId);
  const actor = await requireUser(`/lists/${listId}`);
  const tags = await tagsShowingListItem(listId, itemId);
  const refused = await refusing(() => removeListItem(actor, listId, itemId));
  if (refused) return refused;
  await expireTags(tags);
  revalidatePath(`/lists/${listId}`);
  return null;
}

export async function toggleListLikeAction(
  boundListId: number,
  boundLike: boolean,
  _previous: FormState | null,
): Promise<FormState | null> {
  const listId = IdSchema.parse(boundListId);
  const actor = await requireUser(`/lists/${listId}`);
  const refused = await refusing(() => (boundLike === true ? likeList(actor, listId) : unlikeList(actor, listId)));
  if (refused) return refused;
  await expireTags(await tagsShowingList(listId));
  revalidatePath(`/lists/${listId}`);
  revalidatePath("/lists");
  return null;
}

export async function deleteListAction(boundListId: number, _previous: FormState | null): Promise<FormState> {
  const listId = IdSchema.parse(boundListId);
  const actor = await requireUser(`/lists/${listId}/delete`);
  const tags = await tagsShowingList(listId);
  const refused = await refusing(async () => {
    await deleteList(actor, listId);
  });
  if (refused) return refused;
  await expireTags(tags);
  revalidatePath("/lists");
  redirect(`/users/${actor.username}`);
}
