import "server-only";
import type { Actor } from "@/lib/auth/policy";
import { config } from "@/lib/config";
import { db } from "@/lib/db";
import { FieldError } from "@/lib/forms/form-state";
import { ListError } from "./errors";
import { lockOwnedList } from "./owned-list";

/** Appends the film to the end of the list; a film already on it is refused, the list unchanged. */
export async function addFilmToList(actor: Actor | null, listId: number, filmId: number, field = "film") {
  const limit = config().ITEMS_PER_LIST;
  return db.$transaction(async (tx) => {
    await lockOwnedList(tx, actor, listId);
    const film = await tx.film.findUnique({ where: { id: filmId }, select: { id: true, title: true } });
    if (!film) throw new FieldError(field, "There is no such film.");
    const existing = await tx.listItem.findUnique({
      where: { listId_filmId: { listId, filmId } },
      select: { id: true },
    });
    if (existing) throw new FieldError(field, `${film.title} is already on this list.`);
    const { _count, _max } = await tx.listItem.aggregate({ where: { listId }, _count: true, _max: { position: true } });
    if (_count >= limit) throw new FieldError(field, `A list holds at most ${limit} films, and this one is full.`);
    await tx.listItem.create({ data: { listId, filmId, position: (_max.position ?? 0) + 1 } });
    await tx.list.update({ where: { id: listId }, data: { updatedAt: new Date() } });
    return film;
  });
}

/** The list page's form names the film by its title; an ambiguous or unknown title is refused. */
export async function addFilmByTitle(actor: Actor | null, listId: number, title: string) {
  const films = await db.film.findMany({
    where: { OR: [{ title: { equals: title, mode: "insensitive" } }, { slug: title.toLowerCase() }] },
    select: { id: true },
    take: 2,
  });
  if (films.length === 0) throw new FieldError("film", `Keyframe has no film called “${title}”.`);
  if (films.length > 1) {
    throw new FieldError("film", `Several films are called “${title}”; add the one you mean from its film page.`);
  }
  return addFilmToList(actor, listId, films[0]!.id);
}

export async function removeListItem(actor: Actor | null, listId: number, itemId: number) {
  await db.$transaction(async (tx) => {
    await lockOwnedList(tx, actor, listId);
    await tx.listItem.deleteMany({ where: { id: itemId, listId } });
  });
}

export async function updateItemNote(actor: Actor | null, listId: number, itemId: number, note: string) {
  await db.$transaction(async (tx) => {
    await lockOwnedList(tx, actor, listId);
    const { count } = await tx.listItem.updateMany({ where: { id: itemId, listId }, data: { note } });
    if (count === 0) throw new ListError("That film is no longer on this list.");
  });
}
