import "server-only";
import type { Actor } from "@/lib/auth/policy";
import { config } from "@/lib/config";
import { db } from "@/lib/db";
import { FieldError } from "@/lib/forms/form-state";
import { ListError } from "./errors";
import { lockOwnedList } from "./owned-list";
import { findFilmsTitled } from "./queries";
import { countOf } from "@/lib/format/counts";

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
    if (_count >= limit)
      throw new FieldError(field, `A list holds at most ${countOf(limit, "film")}, and this one is full.`);
    await tx.listItem.create({ data: { listId, filmId, position: (_max.position ?? 0) + 1 } });
    await tx.list.update({ where: { id: listId }, data: { updatedAt: new Date() } });
    return film;
  });
}

/** Which film the list page's form names: the one picked from the suggestions, or else by its title or slug. */
async function filmNamed(title: string, slug: string | undefined): Promise<number> {
  const picked = slug ? await db.film.findUnique({ where: { slug }, select: { id: true } }) : null;
  if (picked) return picked.id;
  const films = await findFilmsTitled(title);
  if (films.length === 1) return films[0]!.id;
  if (films.length > 1) {
    const years = films.map((film) => film.year ?? "year unknown").join(", ");
    throw new FieldError(
      "film",
      `Several films are called “${title}” (${years}): pick the one you mean from the suggestions, or add it from its film page.`,
    );
  }
  const bySlug = await db.film.findUnique({ where: { slug: title.toLowerCase() }, select: { id: true } });
  if (!bySlug) throw new FieldError("film", `Keyframe has no film called “${title}”.`);
  return bySlug.id;
}

/** The list page's form names the film by its title; an ambiguous or unknown title is refused. */
export async function addFilmByTitle(actor: Actor | null, listId: number, title: string, slug?: string) {
  return addFilmToList(actor, listId, await filmNamed(title, slug));
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
    if (count === 0) throw ListError.of("item-gone");
  });
}
