import "server-only";
import type { Actor } from "@/lib/auth/policy";
import { config } from "@/lib/config";
import { db } from "@/lib/db";
import { FieldError } from "@/lib/forms/form-state";
import { searchCatalogue } from "@/lib/search/queries";
import { ListError } from "./errors";
import { FilmChoiceError, type FilmChoice } from "./film-choices";
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

/** At most this many films are offered for a title that names none exactly. */
const CHOICES = 5;

const choiceOf = ({ slug, title, year }: FilmChoice): FilmChoice => ({ slug, title, year });

/**
 * Which film the list page's form names: the one picked (from the suggestions, or among the films
 * offered), else the one titled so, else the one with that slug. A title that names several films,
 * or none but is close to some (a typo, an alias), is refused with those films to choose from.
 */
async function filmNamed(title: string, slug: string | undefined): Promise<number> {
  const picked = slug ? await db.film.findUnique({ where: { slug }, select: { id: true } }) : null;
  if (picked) return picked.id;
  const films = await findFilmsTitled(title);
  if (films.length === 1) return films[0]!.id;
  if (films.length > 1) {
    throw new FilmChoiceError(`Several films are called “${title}”. Which one do you mean?`, films.map(choiceOf));
  }
  const bySlug = await db.film.findUnique({ where: { slug: title.toLowerCase() }, select: { id: true } });
  if (bySlug) return bySlug.id;
  const similar = await searchCatalogue(title, { kind: "films", pageSize: CHOICES });
  const choices = similar.results.flatMap((result) => (result.kind === "film" ? [choiceOf(result.film)] : []));
  if (choices.length === 0) throw new FieldError("film", `Keyframe has no film called “${title}”.`);
  throw new FilmChoiceError(`No film is titled “${title}”. Did you mean one of these?`, choices);
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
