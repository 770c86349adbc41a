import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/policy";
import { addFilmToList, removeListItem } from "@/lib/lists/item-mutations";
import { createList, deleteList, likeList, unlikeList } from "@/lib/lists/list-mutations";
import {
  getListPage,
  getOwnListsForFilm,
  getPublicLists,
  getTopListsForFilm,
  LISTS_PAGE_SIZE,
} from "@/lib/lists/queries";
import { LISTS_MAX_PAGE } from "@/lib/lists/schema";
import { getProfile } from "@/lib/users/queries";
import { installQueryCounter } from "../../support/query-counter";
import { withTestDatabase } from "../../support/test-database";

const database = withTestDatabase();
let counter: ReturnType<typeof installQueryCounter>;
const actors: Record<"editor" | "moderator" | "admin", Actor> = {} as never;
const films: Record<"akira" | "roujin-z" | "steamboy", number> = {} as never;

beforeAll(async () => {
  counter = installQueryCounter(database.url);
  for (const username of ["editor", "moderator", "admin"] as const) {
    actors[username] = await database.prisma.user.findUniqueOrThrow({
      where: { username },
      select: { id: true, role: true },
    });
  }
  for (const slug of ["akira", "roujin-z", "steamboy"] as const) {
    films[slug] = (await database.prisma.film.findUniqueOrThrow({ where: { slug }, select: { id: true } })).id;
  }
});

const details = { title: "Counted", description: "", ranked: true, visibility: "PUBLIC" as const };

/** Lists whose stored counters differ from their rows, which must never happen. */
async function wrongCounters() {
  return database.prisma.$queryRaw<{ id: number }[]>`
    SELECT l.id FROM "List" l
    WHERE l."itemCount" <> (SELECT count(*) FROM "ListItem" i WHERE i."listId" = l.id)
       OR l."likeCount" <> (SELECT count(*) FROM "ListLike" k WHERE k."listId" = l.id)`;
}

const counters = (id: number) =>
  database.prisma.list.findUniqueOrThrow({ where: { id }, select: { itemCount: true, likeCount: true } });

describe("a list's stored counters", () => {
  it("start right for the seeded lists (the migration's backfill)", async () => {
    expect(await database.prisma.list.count({ where: { itemCount: { gt: 0 } } })).toBeGreaterThan(0);
    expect(await wrongCounters()).toEqual([]);
  });

  it("follow films added and removed, and likes given and taken back", async () => {
    const { id } = await createList(actors.editor, details);
    expect(await counters(id)).toEqual({ itemCount: 0, likeCount: 0 });
    for (const film of [films.akira, films["roujin-z"], films.steamboy]) await addFilmToList(actors.editor, id, film);
    await likeList(actors.admin, id);
    await likeList(actors.admin, id);
    await likeList(actors.moderator, id);
    expect(await counters(id)).toEqual({ itemCount: 3, likeCount: 2 });

    const [first] = (await getListPage(id, actors.editor.id))!.items.rows;
    await removeListItem(actors.editor, id, first!.id);
    await unlikeList(actors.admin, id);
    await unlikeList(actors.admin, id);
    expect(await counters(id)).toEqual({ itemCount: 2, likeCount: 1 });
    expect(await wrongCounters()).toEqual([]);
  });

  it("follow bulk writes, items moved between lists, and rows deleted with a film or a person", async () => {
    const one = await createList(actors.moderator, details);
    const two = await createList(actors.moderator, { ...details, title: "Counted too" });
    await database.prisma.listItem.createMany({
      data: [films.akira, films["roujin-z"], films.steamboy].map((filmId, index) => ({
        listId: one.id,
        filmId,
        position: index + 1,
      })),
    });
    await database.prisma.listItem.updateMany({
      where: { listId: one.id, filmId: films.akira },
      data: { listId: two.id },
    });
    expect(await counters(one.id)).toMatchObject({ itemCount: 2 });
    expect(await counters(two.id)).toMatchObject({ itemCount: 1 });

    const fan = await database.prisma.user.create({
      data: { username: "counted-fan", displayName: "Fan", email: "counted-fan@example.test", passwordHash: "x" },
    });
    await database.prisma.listLike.createMany({
      data: [one, two].map((list) => ({ userId: fan.id, listId: list.id })),
    });
    expect(await counters(two.id)).toEqual({ itemCount: 1, likeCount: 1 });
    await database.prisma.user.delete({ where: { id: fan.id } });
    const film = await database.prisma.film.create({ data: { slug: "counted-film", title: "Counted film" } });
    await addFilmToList(actors.moderator, two.id, film.id);
    await database.prisma.film.delete({ where: { id: film.id } });
    expect(await counters(two.id)).toEqual({ itemCount: 1, likeCount: 0 });
    expect(await counters(one.id)).toEqual({ itemCount: 2, likeCount: 0 });
    expect(await wrongCounters()).toEqual([]);
  });

  it("leave nothing behind when a list with items and likes is deleted", async () => {
    const { id } = await createList(actors.editor, details);
    await addFilmToList(actors.editor, id, films.akira);
    await likeList(actors.admin, id);
    await deleteList(actors.editor, id);
    expect(await database.prisma.list.findUnique({ where: { id } })).toBeNull();
    expect(await wrongCounters()).toEqual([]);
  });
});

/** Every public list in /lists's "most liked" order, counted from the rows themselves. */
async function countedByHand() {
  const lists = await database.prisma.list.findMany({
    where: { visibility: "PUBLIC" },
    select: { id: true, title: true, _count: { select: { items: true, likes: true } } },
  });
  return lists
    .map(({ _count, ...list }) => ({ ...list, itemCount: _count.items, likeCount: _count.likes }))
    .sort((a, b) => b.likeCount - a.likeCount || a.id - b.id);
}

describe("the public lists", () => {
  // More than a page of them, liked by none, one or two people, so that ties need the id.
  beforeAll(async () => {
    for (let index = 0; index < LISTS_PAGE_SIZE + 5; index += 1) {
      const { id } = await createList(actors.editor, { ...details, title: `Liked ${index}` });
      if (index % 2 === 0) await likeList(actors.admin, id);
      if (index % 3 === 0) await likeList(actors.moderator, id);
    }
  });

  it("come most liked first with their counts, page after page", async () => {
    const expected = await countedByHand();
    expect(expected.length).toBeGreaterThan(LISTS_PAGE_SIZE);
    const pageCount = Math.ceil(expected.length / LISTS_PAGE_SIZE);
    const seen = [];
    for (let page = 1; page <= pageCount; page += 1) {
      const result = await getPublicLists("popular", page);
      expect(result).toMatchObject({ pageCount, capped: false });
      seen.push(...result.lists.map(({ id, title, itemCount, likeCount }) => ({ id, title, itemCount, likeCount })));
    }
    expect(seen).toEqual(expected);
    expect((await getPublicLists("popular", 1)).lists[0]!.owner).toEqual({
      username: expect.any(String),
      displayName: expect.any(String),
    });
  });

  it("come newest first", async () => {
    const newest = await database.prisma.list.findMany({
      where: { visibility: "PUBLIC" },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: LISTS_PAGE_SIZE,
      select: { id: true },
    });
    expect((await getPublicLists("recent", 1)).lists.map((list) => list.id)).toEqual(newest.map((list) => list.id));
  });

  it("stop at the last reachable page, and say so, when there are more", async () => {
    const owner = actors.admin.id;
    const reachable = LISTS_MAX_PAGE * LISTS_PAGE_SIZE;
    const existing = await database.prisma.list.count({ where: { visibility: "PUBLIC" } });
    await database.prisma.list.createMany({
      data: Array.from({ length: reachable + 1 - existing }, (_, index) => ({
        ownerId: owner,
        title: `Filler ${index}`,
      })),
    });
    expect(await getPublicLists("recent", LISTS_MAX_PAGE)).toMatchObject({ pageCount: LISTS_MAX_PAGE, capped: true });
    await database.prisma.list.deleteMany({ where: { ownerId: owner, title: { startsWith: "Filler " } } });
    expect((await getPublicLists("recent", 1)).capped).toBe(false);
  });

  it("are read in at most three queries whatever the page", async () => {
    for (const sort of ["popular", "recent"] as const) {
      expect((await counter.count(() => getPublicLists(sort, 2))).queries).toBeLessThanOrEqual(3);
    }
  });
});

describe("the counts shown elsewhere", () => {
  it("are the stored counters on the film page's top lists, a list's page and a profile", async () => {
    const top = await getTopListsForFilm(films.akira);
    const expected = (await countedByHand()).filter((list) => top.some((shown) => shown.id === list.id));
    expect(top.map(({ id, title, itemCount, likeCount }) => ({ id, title, itemCount, likeCount }))).toEqual(expected);
    const [first] = top;
    expect((await getListPage(first!.id, null))!.likeCount).toBe(first!.likeCount);
    const profile = await getProfile("editor");
    for (const list of profile!.lists) expect(list.itemCount).toBe((await counters(list.id)).itemCount);
  });
});

/**
 * The statements a read sends that scan List, ListItem or ListLike, or sort, even when the planner
 * is told to avoid that: on a small table a scan is cheapest, so only `enable_seqscan = off` shows
 * whether an index can answer the statement at all. Also the indexes the plans name.
 */
async function plansOf(read: () => Promise<unknown>) {
  const { sql } = await counter.capture(read);
  const client = new pg.Client(database.url);
  await client.connect();
  try {
    // With sorting discouraged too, a Sort in the plan means no index gives the rows in order.
    await client.query("SET enable_seqscan = off; SET enable_bitmapscan = off; SET enable_sort = off");
    const scans: string[] = [];
    const sorts: string[] = [];
    const indexes = new Set<string>();
    for (const { query, params } of sql) {
      const plan = await client.query<{ "QUERY PLAN": string }>(`EXPLAIN ${query}`, params);
      const text = plan.rows.map((row) => row["QUERY PLAN"]).join("\n");
      if (/Seq Scan on "(List|ListItem|ListLike)"/.test(text)) scans.push(`${query}\n${text}`);
      if (/\bSort\b/.test(text)) sorts.push(`${query}\n${text}`);
      for (const [, name] of text.matchAll(/(?:using|Index Scan on) "?(\w+)"?/g)) indexes.add(name!);
    }
    return { scans, sorts, indexes: [...indexes] };
  } finally {
    await client.end();
  }
}

describe("the lists' plans", () => {
  it("walk the counters' indexes for the public lists, and count the same way", async () => {
    const popular = await plansOf(() => getPublicLists("popular", 2));
    expect(popular.scans).toEqual([]);
    expect(popular.sorts).toEqual([]);
    expect(popular.indexes).toContain("List_visibility_likeCount_id_idx");
    const recent = await plansOf(() => getPublicLists("recent", 2));
    expect(recent.scans).toEqual([]);
    expect(recent.sorts).toEqual([]);
    expect(recent.indexes).toContain("List_visibility_createdAt_id_idx");
  });

  it("read a list's page, its owner's lists for a film and a film's top lists through indexes", async () => {
    const [list] = await database.prisma.list.findMany({ orderBy: { itemCount: "desc" }, take: 1 });
    for (const read of [
      () => getListPage(list!.id, actors.admin.id),
      () => getOwnListsForFilm(list!.ownerId, films.akira),
      () => getTopListsForFilm(films.akira),
    ]) {
      expect((await plansOf(read)).scans).toEqual([]);
    }
  });
});
