import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/policy";
import { config } from "@/lib/config";
import { db } from "@/lib/db";
import { ListError } from "./errors";
import { lockOwnedList } from "./owned-list";
import type { ListDetailsInput } from "./schema";
import { countOf } from "@/lib/format/counts";

export async function createList(actor: Actor | null, input: ListDetailsInput) {
  requirePermission(actor, "list:create");
  const limit = config().LISTS_PER_USER;
  return db.$transaction(async (tx) => {
    // Locking the owner serialises their concurrent creates, so the limit cannot be overshot.
    await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${actor.id} FOR UPDATE`;
    const count = await tx.list.count({ where: { ownerId: actor.id } });
    if (count >= limit) {
      throw new ListError(
        `You already have ${countOf(limit, "list")}, the most one account may keep. Delete one first.`,
      );
    }
    return tx.list.create({ data: { ...input, ownerId: actor.id }, select: { id: true } });
  });
}

export async function updateList(actor: Actor | null, listId: number, input: ListDetailsInput) {
  return db.$transaction(async (tx) => {
    await lockOwnedList(tx, actor, listId);
    return tx.list.update({ where: { id: listId }, data: input, select: { id: true } });
  });
}

export async function deleteList(actor: Actor | null, listId: number) {
  const owner = await db.$transaction(async (tx) => {
    const owner = await lockOwnedList(tx, actor, listId);
    await tx.list.delete({ where: { id: listId } });
    return owner;
  });
  return { ownerId: owner.id };
}

/** Likes another person's visible list; liking twice keeps one like. */
export async function likeList(actor: Actor | null, listId: number) {
  requirePermission(actor, "list:like");
  const list = await db.list.findUnique({ where: { id: listId }, select: { ownerId: true, visibility: true } });
  if (!list || (list.visibility === "PRIVATE" && list.ownerId !== actor.id)) {
    throw ListError.of("list-gone");
  }
  if (list.ownerId === actor.id) throw ListError.of("own-list");
  await db.listLike.createMany({ data: [{ userId: actor.id, listId }], skipDuplicates: true });
}

export async function unlikeList(actor: Actor | null, listId: number) {
  requirePermission(actor, "list:like");
  await db.listLike.deleteMany({ where: { userId: actor.id, listId } });
}
