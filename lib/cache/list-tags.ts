import "server-only";
import { db } from "@/lib/db";
import { cacheTags } from "./tags";

/**
 * A list's title, visibility and likes show (or decide whether it shows) among the Top Rated
 * Lists of every film on it. Ask before a change that can empty the list, e.g. deleting it.
 */
export async function tagsShowingList(listId: number): Promise<string[]> {
  const items = await db.listItem.findMany({ where: { listId }, select: { filmId: true } });
  return [cacheTags.list(listId), ...items.map((item) => cacheTags.filmLists(item.filmId))];
}

/** Adding or removing one film changes only that film's Top Rated Lists (and the list). */
export async function tagsShowingListItem(listId: number, itemId: number): Promise<string[]> {
  const item = await db.listItem.findUnique({ where: { id: itemId }, select: { filmId: true } });
  return [cacheTags.list(listId), ...(item ? [cacheTags.filmLists(item.filmId)] : [])];
}
