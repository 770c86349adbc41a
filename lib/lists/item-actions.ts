"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { expireTags } from "@/lib/cache/expire";
import { tagsShowingList, tagsShowingListItem } from "@/lib/cache/list-tags";
import { ListError } from "./errors";
import { removeListItem } from "./item-mutations";
import { deleteList, likeList, unlikeList } from "./list-mutations";
import { listPageHref, listPageOf } from "./paging";
import { moveListItem } from "./reorder-list-items";
import { IdSchema, MoveDirectionSchema } from "./schema";

/*
 * Button-only forms: nothing to type, so nothing to keep on failure. A refusal the person can act
 * on (the item went away meanwhile) just shows the list as it now is.
 */

export async function moveListItemAction(boundListId: number, boundItemId: number, boundDirection: string) {
  const listId = IdSchema.parse(boundListId);
  const itemId = IdSchema.parse(boundItemId);
  const direction = MoveDirectionSchema.parse(boundDirection);
  const actor = await requireUser(`/lists/${listId}`);
  let page = 1;
  try {
    page = listPageOf((await moveListItem(actor, listId, itemId, direction)).rank);
  } catch (error) {
    if (!(error instanceof ListError)) throw error;
  }
  revalidatePath(`/lists/${listId}`);
  // The page the item is now on announces the move and keeps the item in view.
  redirect(`${listPageHref(listId, page, { moved: `${itemId}-${direction}` })}#item-${itemId}`);
}

export async function removeListItemAction(boundListId: number, boundItemId: number) {
  const listId = IdSchema.parse(boundListId);
  const itemId = IdSchema.parse(boundItemId);
  const actor = await requireUser(`/lists/${listId}`);
  const tags = await tagsShowingListItem(listId, itemId);
  await removeListItem(actor, listId, itemId);
  expireTags(tags);
  revalidatePath(`/lists/${listId}`);
}

export async function toggleListLikeAction(boundListId: number, boundLike: boolean) {
  const listId = IdSchema.parse(boundListId);
  const actor = await requireUser(`/lists/${listId}`);
  if (boundLike === true) await likeList(actor, listId);
  else await unlikeList(actor, listId);
  expireTags(await tagsShowingList(listId));
  revalidatePath(`/lists/${listId}`);
  revalidatePath("/lists");
}

export async function deleteListAction(boundListId: number) {
  const listId = IdSchema.parse(boundListId);
  const actor = await requireUser(`/lists/${listId}/delete`);
  const tags = await tagsShowingList(listId);
  await deleteList(actor, listId);
  expireTags(tags);
  revalidatePath("/lists");
  redirect(`/users/${actor.username}`);
}
