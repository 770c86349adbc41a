import "server-only";
import { offsetOf, paged } from "@/lib/browse/pagination";
import { config } from "@/lib/config";
import { db } from "@/lib/db";
import { LISTS_MAX_PAGE } from "./schema";

type TopListRow = {
  id: number;
  title: string;
  username: string;
  displayName: string;
  itemCount: number;
  likeCount: number;
};

/**
 * The film page's "Top Rated Lists": the public lists holding the film, most liked first. The counts are the
 * lists' stored counters, so only the lists that hold the film are read.
 */
export async function getTopListsForFilm(filmId: number, take = 5) {
  const rows = await db.$queryRaw<TopListRow[]>`
    SELECT l.id, l.title, u.username, u."displayName", l."itemCount", l."likeCount"
    FROM "ListItem" held
    JOIN "List" l ON l.id = held."listId" AND l.visibility = 'PUBLIC'
    JOIN "User" u ON u.id = l."ownerId"
    WHERE held."filmId" = ${filmId}
    ORDER BY l."likeCount" DESC, l.id
    LIMIT ${take}`;
  return rows.map(({ username, displayName, ...list }) => ({ ...list, owner: { username, displayName } }));
}

const listItemRow = {
  id: true,
  note: true,
  film: { select: { id: true, slug: true, title: true, year: true, poster: { select: { storageKey: true } } } },
} as const;

/**
 * A list's details with the items `items` picks, or null when it does not exist or is private and
 * not the viewer's, so that a private list's address reveals nothing to anyone else.
 */
async function readList(listId: number, viewerId: number | null, items: { skip?: number; take?: number }) {
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
      itemCount: true,
      owner: { select: { username: true, displayName: true } },
      items: { orderBy: [{ position: "asc" }, { id: "asc" }], select: listItemRow, ...items },
      likeCount: true,
      likes: { where: { userId: viewerId ?? 0 }, select: { userId: true } },
    },
  });
  if (!list || (list.visibility === "PRIVATE" && list.ownerId !== viewerId)) return null;
  const { likes, ...rest } = list;
  return { ...rest, likedByViewer: likes.length > 0 };
}

/**
 * A list as its page shows it: its details and one page of its films, `LIST_PAGE_SIZE` (100) at a
 * time as Letterboxd does, so that a thousand-film list is not one enormous page.
 */
export async function getListPage(listId: number, viewerId: number | null, page = 1) {
  const pageSize = config().LIST_PAGE_SIZE;
  const list = await readList(listId, viewerId, { skip: offsetOf(page, pageSize), take: pageSize });
  if (!list) return null;
  return { ...list, items: paged(list.items, list.itemCount, page, pageSize) };
}

/** Every film of a list, in order, for its owner's "Set the order" form; null for anyone else. */
export async function getListForOrdering(listId: number, ownerId: number) {
  const list = await readList(listId, ownerId, {});
  return list && list.ownerId === ownerId ? list : null;
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
/** The film a list started from its page will hold; null if there is no such film. */
export async function getFilmToStartList(filmId: number) {
  return db.film.findUnique({ where: { id: filmId }, select: { id: true, slug: true, title: true } });
}

export async function getOwnListsForFilm(ownerId: number, filmId: number) {
  const lists = await db.list.findMany({
    where: { ownerId },
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    select: { id: true, title: true, items: { where: { filmId }, select: { id: true } } },
  });
  return lists.map(({ items, ...list }) => ({ ...list, hasFilm: items.length > 0 }));
}

export const LISTS_PAGE_SIZE = 20;

const listSummary = {
  id: true,
  title: true,
  itemCount: true,
  likeCount: true,
  owner: { select: { username: true, displayName: true } },
} as const;

const PUBLIC_ORDER = {
  popular: [{ likeCount: "desc" }, { id: "asc" }],
  recent: [{ createdAt: "desc" }, { id: "desc" }],
} as const;

/** Public lists, the most liked or the newest first; unlisted and private ones never appear. */
export async function getPublicLists(sort: "popular" | "recent", page: number) {
  const where = { visibility: "PUBLIC" as const };
  const orderBy = [...PUBLIC_ORDER[sort]];
  const reachable = LISTS_MAX_PAGE * LISTS_PAGE_SIZE;
  const [lists, counted] = await Promise.all([
    db.list.findMany({
      where,
      orderBy,
      skip: (page - 1) * LISTS_PAGE_SIZE,
      take: LISTS_PAGE_SIZE,
      select: listSummary,
    }),
    // In the page's own order, so that the count walks the same index as the page.
    db.list.count({ where, orderBy, take: reachable + 1 }),
  ]);
  const capped = counted > reachable;
  return {
    lists,
    pageCount: Math.max(1, Math.ceil(Math.min(counted, reachable) / LISTS_PAGE_SIZE)),
    capped,
  };
}

/**
 * The films titled `title`, compared as search compares names (case, accents and width folded), by
 * the search table's key index; the earliest first, at most `take`.
 */
export async function findFilmsTitled(title: string, take = 5) {
  return db.$queryRaw<{ id: number; slug: string; title: string; year: number | null }[]>`
    SELECT f.id, f.slug, f.title, f.year
    FROM "SearchName" s
    JOIN "Film" f ON f.id = s."entityId"
    WHERE s."entityType" = 'FILM' AND s.source = 'NAME' AND s.key = search_key(${title})
    ORDER BY f.year NULLS LAST, f.id
    LIMIT ${take}`;
}
