import type { Prisma } from "../../lib/generated/prisma/client";
import { communityUsers, lists } from "./community";
import { seedFilms } from "./films";
import { needRow } from "./need-row";

/** Inserts the missing lists with their items and likes; returns how many lists it inserted. */
export async function insertLists(tx: Prisma.TransactionClient): Promise<number> {
  const users = await tx.user.findMany({
    where: { username: { in: communityUsers.map((user) => user.username) } },
    select: { id: true, username: true },
  });
  const films = await tx.film.findMany({
    where: { slug: { in: seedFilms.map((film) => film.slug) } },
    select: { id: true, slug: true },
  });
  const userId = new Map(users.map((user) => [user.username, user.id]));
  const filmId = new Map(films.map((film) => [film.slug, film.id]));

  const wanted = lists.map((list) => ({
    ...list,
    ownerId: needRow(userId, list.owner, "user"),
  }));
  const existing = await tx.list.findMany({
    where: { OR: wanted.map(({ ownerId, title }) => ({ ownerId, title })) },
    select: { ownerId: true, title: true },
  });
  const present = new Set(existing.map((list) => `${list.ownerId}:${list.title}`));
  const missing = wanted.filter((list) => !present.has(`${list.ownerId}:${list.title}`));
  if (missing.length === 0) return 0;

  const inserted = await tx.list.createManyAndReturn({
    data: missing.map(({ ownerId, title, description }) => ({
      ownerId,
      title,
      description,
      ranked: true,
      visibility: "PUBLIC" as const,
    })),
    select: { id: true, ownerId: true, title: true },
  });
  const listId = new Map(inserted.map((list) => [`${list.ownerId}:${list.title}`, list.id]));
  const created = missing.map((list) => ({
    ...list,
    id: needRow(listId, `${list.ownerId}:${list.title}`, "list"),
  }));

  await tx.listItem.createMany({
    data: created.flatMap((list) =>
      list.films.map((slug, index) => ({
        listId: list.id,
        filmId: needRow(filmId, slug, "film"),
        position: index + 1,
      })),
    ),
  });
  await tx.listLike.createMany({
    data: created.flatMap((list) =>
      list.likedBy.map((username) => ({
        listId: list.id,
        userId: needRow(userId, username, "user"),
      })),
    ),
  });
  return inserted.length;
}
