import "server-only";
import { db } from "@/lib/db";

type TopListRow = {
  id: number;
  title: string;
  username: string;
  displayName: string;
  itemCount: bigint;
  likeCount: bigint;
};

/**
 * The film page's "Top Rated Lists": the public lists holding the film, most liked first. Counts are taken only
 * for the lists that hold the film (through their own indexes), never for every list.
 */
export async function getTopListsForFilm(filmId: number, take = 5) {
  const rows = await db.$queryRaw<TopListRow[]>`
    SELECT l.id, l.title, u.username, u."displayName",
      (SELECT count(*) FROM "ListItem" i WHERE i."listId" = l.id) AS "itemCount",
      (SELECT count(*) FROM "ListLike" k WHERE k."listId" = l.id) AS "likeCount"
    FROM "ListItem" held
    JOIN "List" l ON l.id = held."listId" AND l.visibility = 'PUBLIC'
    JOIN "User" u ON u.id = l."ownerId"
    WHERE held."filmId" = ${filmId}
    ORDER BY "likeCount" DESC, l.id
    LIMIT ${take}`;
  return rows.map(({ username, displayName, itemCount, likeCount, ...list }) => ({
    ...list,
    owner: { username, displayName },
    itemCount: Number(itemCount),
    likeCount: Number(likeCount),
  }));
}

const listSummary = {
  id: true,
  title: true,
  owner: { select: { username: true, displayName: true } },
  _count: { select: { items: true, likes: true } },
} as const;

type SummaryRow = { _count: { items: number; likes: number } };
const summarise = <Row extends SummaryRow>({ _count, ...list }: Row) => ({
  ...list,
  itemCount: _count.items,
  likeCount: _count.likes,
});

/**
 * A list as its page shows it, or null when it does not exist or is private and not the viewer's,
 * so that a private list's address reveals nothing to anyone else.
 */
export async function getListPage(listId: number, viewerId: number | null) {
  const list = await db.list.findUnique({
    where: { id: listId },
    select: {
      id: true,
      title: true,
      description: true,
      ranked: true,
      visibility: true,
      ownerId: true,
      updatedAt: true,
      owner: { select: { username: true, displayName: true } },
      items: {
        orderBy: [{ position: "asc" }, { id: "asc" }],
        select: {
          id: true,
          note: true,
          film: {
            select: { id: true, slug: true, title: true, year: true, poster: { select: { storageKey: true } } },
          },
        },
      },
      _count: { select: { likes: true } },
      likes: { where: { userId: viewerId ?? 0 }, select: { userId: true } },
    },
  });
  if (!list || (list.visibility === "PRIVATE" && list.ownerId !== viewerId)) return null;
  const { _count, likes, ...rest } = list;
  return { ...rest, likeCount: _count.likes, likedByViewer: likes.length > 0 };
}

export type ListPage = NonNullable<Awaited<ReturnType<typeof getListPage>>>;

/** The list's details for its owner's edit form; null for anyone else. */
export async function getListForEditing(listId: number, viewerId: number) {
  return db.list.findFirst({
    where: { id: listId, ownerId: viewerId },
    select: { id: true, title: true, description: true, ranked: true, visibility: true },
  });
}

/** The viewer's lists for the film page's "Add to list", saying which already hold the film. */
export async function getOwnListsForFilm(ownerId: number, filmId: number) {
  const lists = await db.list.findMany({
    where: { ownerId },
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    select: { id: true, title: true, items: { where: { filmId }, select: { id: true } } },
  });
  return lists.map(({ items, ...list }) => ({ ...list, hasFilm: items.length > 0 }));
}

/** Every film's title, for the add-film input's suggestions. */
export async function getFilmTitleOptions() {
  return db.film.findMany({ orderBy: { title: "asc" }, select: { id: true, title: true, year: true } });
}

export const LISTS_PAGE_SIZE = 20;

/** Public lists, the most liked or the newest first; unlisted and private ones never appear. */
export async function getPublicLists(sort: "popular" | "recent", page: number) {
  const where = { visibility: "PUBLIC" as const };
  const [lists, total] = await Promise.all([
    db.list.findMany({
      where,
      orderBy:
        sort === "popular"
          ? [{ likes: { _count: "desc" as const } }, { id: "asc" as const }]
          : [{ createdAt: "desc" as const }, { id: "desc" as const }],
      skip: (page - 1) * LISTS_PAGE_SIZE,
      take: LISTS_PAGE_SIZE,
      select: listSummary,
    }),
    db.list.count({ where }),
  ]);
  return { lists: lists.map(summarise), total, pageCount: Math.max(1, Math.ceil(total / LISTS_PAGE_SIZE)) };
}
