import "server-only";
import type { Actor } from "@/lib/auth/policy";
import { db } from "@/lib/db";
import { ListError } from "./errors";
import { lockOwnedList, type Tx } from "./owned-list";

/** Numbers the items 1..n in the given order, in one statement however long the list. */
async function writePositions(tx: Tx, listId: number, itemIds: number[]) {
  await tx.$executeRaw`
    UPDATE "ListItem" AS item SET position = ordered.position
    FROM unnest(${itemIds}::int[]) WITH ORDINALITY AS ordered(id, position)
    WHERE item.id = ordered.id AND item."listId" = ${listId}`;
}

/**
 * Puts the list's items in the given order. The ids must be exactly the list's items, each once:
 * an order made from a stale page (an item added or removed since) is refused, the list unchanged.
 */
export async function reorderListItems(actor: Actor | null, listId: number, itemIds: number[]) {
  await db.$transaction(async (tx) => {
    await lockOwnedList(tx, actor, listId);
    const items = await tx.listItem.findMany({ where: { listId }, select: { id: true } });
    const current = new Set(items.map((item) => item.id));
    const proposed = new Set(itemIds);
    if (proposed.size !== itemIds.length || proposed.size !== current.size || itemIds.some((id) => !current.has(id))) {
      throw new ListError("The list has changed since you loaded it. Reload the page and order it again.");
    }
    await writePositions(tx, listId, itemIds);
  });
}

/** The rank (1 for the first) of the item at `position`, in the order the list page shows. */
async function rankOf(tx: Tx, listId: number, item: { id: number; position: number }) {
  const before = await tx.listItem.count({
    where: { listId, OR: [{ position: { lt: item.position } }, { position: item.position, id: { lt: item.id } }] },
  });
  return before + 1;
}

/**
 * Swaps an item with its neighbour above or below; at either end it stays put. Returns the item's
 * rank afterwards, so that the page it is now on can be shown.
 */
export async function moveListItem(actor: Actor | null, listId: number, itemId: number, direction: "up" | "down") {
  return db.$transaction(async (tx) => {
    await lockOwnedList(tx, actor, listId);
    const item = await tx.listItem.findFirst({ where: { id: itemId, listId }, select: { id: true, position: true } });
    if (!item) throw ListError.of("item-gone");
    const neighbour = await tx.listItem.findFirst({
      where: { listId, position: direction === "up" ? { lt: item.position } : { gt: item.position } },
      orderBy: [{ position: direction === "up" ? "desc" : "asc" }, { id: "asc" }],
      select: { id: true, position: true },
    });
    if (!neighbour) return { moved: false, rank: await rankOf(tx, listId, item) };
    await tx.$executeRaw`
      UPDATE "ListItem" AS target SET position = swap.position
      FROM (VALUES (${item.id}::int, ${neighbour.position}::int), (${neighbour.id}::int, ${item.position}::int))
        AS swap(id, position)
      WHERE target.id = swap.id AND target."listId" = ${listId}`;
    return { moved: true, rank: await rankOf(tx, listId, { id: item.id, position: neighbour.position }) };
  });
}
