import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/policy";
import { config } from "@/lib/config";
import { db } from "@/lib/db";
import { ListError } from "./errors";
import { lockOwnedList, type Tx } from "./owned-list";
import type { ListDetailsInput } from "./schema";
import { countOf } from "@/lib/format/counts";

/** A new list of the actor's, and what `fill` puts on it, in one transaction. */
async function createListWith<Filled>(
  actor: Actor | null,
  input: ListDetailsInput,
  fill: (tx: Tx, listId: number) => Promise<Filled>,
) {
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
    const { id } = await tx.list.create({ data: { ...input, ownerId: actor.id }, select: { id: true } });
    return { id, filled: await fill(tx, id) };
  });
}

export async function createList(actor: Actor | null, input: ListDetailsInput) {
  const { id } = await createListWith(actor, input, async () => null);
  return { id };
}

/**
 * The film page's "Start a list": a new list holding the film from the start. A film deleted since
 * its page was read is refused, and leaves no empty list behind.
 */
export async function startListWithFilm(actor: Actor | null, input: ListDetailsInput, filmId: number) {
  const { id, filled: film } = await createListWith(actor, input, async (tx, listId) => {
    const film = await tx.film.findUnique({ where: { id: filmId }, select: { id: true, slug: true, title: true } });
    if (!film) throw new ListError("That film is no longer on Keyframe.");
    await tx.listItem.create({ data: { listId, filmId, position: 1 } });
    return film;
  });
  return { id, film };
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
