"use server";

import type { Route } from "next";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { AuthorizationError } from "@/lib/auth/policy";
import { requireUser } from "@/lib/auth/session";
import { expireTags } from "@/lib/cache/expire";
import { tagsShowingList, tagsShowingListItem } from "@/lib/cache/list-tags";
import { ListError } from "./errors";
import { removeListItem } from "./item-mutations";
import { deleteList, likeList, unlikeList } from "./list-mutations";
import { movedParam } from "./moves";
import { listPageHref, listPageOf } from "./paging";
import { moveListItem } from "./reorder-list-items";
import { IdSchema, MoveDirectionSchema } from "./schema";

/*
 * Button-only forms: nothing to type, so nothing to keep on failure. A refusal the person can act
 * on (the list or the film went away meanwhile, the list is not theirs) shows the list as it now
 * is, saying why; a list that went away, the lists page. Anything else reaches error.tsx.
 */

/** Runs a button's change; a refusal leaves for the page that says why. */
async function orRefused<Result>(listId: number, change: () => Promise<Result>): Promise<Result> {
  let refusal;
  try {
    return await change();
  } catch (error) {
    if (error instanceof AuthorizationError) refusal = "not-allowed" as const;
    else if (error instanceof ListError && error.refusal) refusal = error.refusal;
    else throw error;
  }
  const href: Route = refusal === "list-gone" ? `/lists?refused=${refusal}` : `/lists/${listId}?refused=${refusal}`;
  redirect(href);
}

export async function moveListItemAction(boundListId: number, boundItemId: number, boundDirection: string) {
  const listId = IdSchema.parse(boundListId);
  const itemId = IdSchema.parse(boundItemId);
  const direction = MoveDirectionSchema.parse(boundDirection);
  const actor = await requireUser(`/lists/${listId}`);
  const { rank } = await orRefused(listId, () => moveListItem(actor, listId, itemId, direction));
  revalidatePath(`/lists/${listId}`);
  // The page the item is now on announces the move and focuses the item's button, which brings it
  // into view. No #item- fragment: browsers skip autofocus on a page opened at a fragment's target.
  redirect(listPageHref(listId, listPageOf(rank), { moved: movedParam(itemId, direction) }));
}

export async function removeListItemAction(boundListId: number, boundItemId: number) {
  const listId = IdSchema.parse(boundListId);
  const itemId = IdSchema.parse(boundItemId);
  const actor = await requireUser(`/lists/${listId}`);
  const tags = await tagsShowingListItem(listId, itemId);
  await orRefused(listId, () => removeListItem(actor, listId, itemId));
  await expireTags(tags);
  revalidatePath(`/lists/${listId}`);
}

export async function toggleListLikeAction(boundListId: number, boundLike: boolean) {
  const listId = IdSchema.parse(boundListId);
  const actor = await requireUser(`/lists/${listId}`);
  await orRefused(listId, () => (boundLike === true ? likeList(actor, listId) : unlikeList(actor, listId)));
  await expireTags(await tagsShowingList(listId));
  revalidatePath(`/lists/${listId}`);
  revalidatePath("/lists");
}

export async function deleteListAction(boundListId: number) {
  const listId = IdSchema.parse(boundListId);
  const actor = await requireUser(`/lists/${listId}/delete`);
  const tags = await tagsShowingList(listId);
  await orRefused(listId, () => deleteList(actor, listId));
  await expireTags(tags);
  revalidatePath("/lists");
  redirect(`/users/${actor.username}`);
}
