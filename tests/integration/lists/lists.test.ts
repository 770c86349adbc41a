import { beforeAll, describe, expect, it } from "vitest";
import { AuthorizationError, type Actor } from "@/lib/auth/policy";
import { config } from "@/lib/config";
import { FieldError } from "@/lib/forms/form-state";
import { ListError } from "@/lib/lists/errors";
import { FilmChoiceError } from "@/lib/lists/film-choices";
import { addFilmByTitle, addFilmToList } from "@/lib/lists/item-mutations";
import { createList, likeList, startListWithFilm } from "@/lib/lists/list-mutations";
import { listPageOf } from "@/lib/lists/paging";
import { getListForOrdering, getListPage, getPublicLists } from "@/lib/lists/queries";
import { moveListItem, reorderListItems } from "@/lib/lists/reorder-list-items";
import { withTestDatabase } from "../../support/test-database";

const database = withTestDatabase();
const actors: Record<"editor" | "moderator" | "admin", Actor> = {} as never;
const films: Record<"akira" | "roujin-z" | "steamboy", number> = {} as never;

beforeAll(async () => {
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

const details = { title: "Otomo at work", description: "", ranked: true, visibility: "PUBLIC" as const };
const titles = async (listId: number) =>
  (await getListPage(listId, actors.editor.id))!.items.rows.map((item) => item.film.slug);

describe("a list", () => {
  it("is created, filled, and refuses the same film twice", async () => {
    const { id } = await createList(actors.editor, details);
    await addFilmToList(actors.editor, id, films.akira);
    await addFilmByTitle(actors.editor, id, "Roujin Z");
    await expect(addFilmToList(actors.editor, id, films.akira)).rejects.toThrow(FieldError);
    await expect(addFilmByTitle(actors.editor, id, "No Such Film")).rejects.toThrow(/no film called/);
    expect(await titles(id)).toEqual(["akira", "roujin-z"]);
  });

  it("finds a typed title as search does, and tells films sharing a title apart by the one picked", async () => {
    const { id } = await createList(actors.editor, details);
    await addFilmByTitle(actors.editor, id, "roujin z");
    await addFilmByTitle(actors.editor, id, "STEAMBOY");
    expect(await titles(id)).toEqual(["roujin-z", "steamboy"]);

    const remake = await database.prisma.film.create({
      data: { slug: "akira-2031", title: "Akira", year: 2031 },
      select: { id: true },
    });
    try {
      const refused = await addFilmByTitle(actors.editor, id, "Akira").catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(FilmChoiceError);
      expect(refused).toMatchObject({
        field: "film",
        message: "Several films are called “Akira”. Which one do you mean?",
        choices: [
          { slug: "akira", title: "Akira", year: 1988 },
          { slug: "akira-2031", title: "Akira", year: 2031 },
        ],
      });
      await addFilmByTitle(actors.editor, id, "Akira", "akira-2031");
      await addFilmByTitle(actors.editor, id, "Akira", "akira");
      expect(await titles(id)).toEqual(["roujin-z", "steamboy", "akira-2031", "akira"]);
    } finally {
      await database.prisma.film.delete({ where: { id: remake.id } });
    }
  });

  it("offers the films search finds for a misspelt title, adding none until one is picked", async () => {
    const { id } = await createList(actors.editor, details);
    const refused = await addFilmByTitle(actors.editor, id, "Memries").catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(FilmChoiceError);
    expect(refused).toMatchObject({ message: "No film is titled “Memries”. Did you mean one of these?" });
    expect((refused as FilmChoiceError).choices[0]).toEqual({ slug: "memories", title: "Memories", year: 1995 });
    expect(await titles(id)).toEqual([]);

    await addFilmByTitle(actors.editor, id, "Memries", "memories");
    expect(await titles(id)).toEqual(["memories"]);
  });

  it("offers nothing for a title that nothing resembles", async () => {
    const { id } = await createList(actors.editor, details);
    const refused = await addFilmByTitle(actors.editor, id, "Qwxzv Plokm").catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(FieldError);
    expect(refused).not.toBeInstanceOf(FilmChoiceError);
    expect(refused).toMatchObject({ message: "Keyframe has no film called “Qwxzv Plokm”." });
  });

  it("started from a film's page holds that film from the start", async () => {
    const { id, film } = await startListWithFilm(
      actors.editor,
      { ...details, title: "Started with Akira" },
      films.akira,
    );
    expect(film).toEqual({ id: films.akira, slug: "akira", title: "Akira" });
    expect(await titles(id)).toEqual(["akira"]);
    await addFilmToList(actors.editor, id, films.steamboy);
    expect(await titles(id)).toEqual(["akira", "steamboy"]);
  });

  it("started with a film that is gone is refused, and no empty list is left behind", async () => {
    const owned = () => database.prisma.list.count({ where: { ownerId: actors.editor.id } });
    const before = await owned();
    await expect(startListWithFilm(actors.editor, details, 2_147_483_000)).rejects.toThrow(
      new ListError("That film is no longer on Keyframe."),
    );
    expect(await owned()).toBe(before);
    await expect(startListWithFilm(null, details, films.akira)).rejects.toThrow(AuthorizationError);
  });

  it("cannot be changed by anyone but its owner", async () => {
    const { id } = await createList(actors.editor, details);
    await expect(addFilmToList(actors.admin, id, films.akira)).rejects.toThrow(AuthorizationError);
    await expect(reorderListItems(actors.moderator, id, [])).rejects.toThrow(AuthorizationError);
    await expect(addFilmToList(null, id, films.akira)).rejects.toThrow(AuthorizationError);
  });

  it("takes a full new order in one request, and refuses one that does not match its items", async () => {
    const { id } = await createList(actors.editor, details);
    for (const film of [films.akira, films["roujin-z"], films.steamboy]) await addFilmToList(actors.editor, id, film);
    const ids = (await getListPage(id, actors.editor.id))!.items.rows.map((item) => item.id);
    await reorderListItems(actors.editor, id, [ids[2]!, ids[0]!, ids[1]!]);
    expect(await titles(id)).toEqual(["steamboy", "akira", "roujin-z"]);
    for (const wrong of [
      [ids[0]!, ids[1]!],
      [ids[0]!, ids[0]!, ids[1]!],
      [...ids, 999_999],
      [ids[0]!, ids[1]!, 999_999],
    ]) {
      await expect(reorderListItems(actors.editor, id, wrong)).rejects.toThrow(ListError);
    }
    expect(await titles(id)).toEqual(["steamboy", "akira", "roujin-z"]);
    await moveListItem(actors.editor, id, ids[1]!, "up");
    expect(await titles(id)).toEqual(["steamboy", "roujin-z", "akira"]);
  });

  it("stays hidden from everyone but its owner when private; unlisted ones are never listed", async () => {
    const hidden = await createList(actors.editor, { ...details, visibility: "PRIVATE" });
    const unlisted = await createList(actors.editor, { ...details, title: "By link", visibility: "UNLISTED" });
    expect(await getListPage(hidden.id, actors.editor.id)).not.toBeNull();
    expect(await getListPage(hidden.id, actors.admin.id)).toBeNull();
    expect(await getListPage(hidden.id, null)).toBeNull();
    expect(await getListPage(unlisted.id, null)).not.toBeNull();
    const recent = await getPublicLists("recent", 1);
    expect(recent.lists.map((list) => list.id)).not.toContain(hidden.id);
    expect(recent.lists.map((list) => list.id)).not.toContain(unlisted.id);
    await expect(likeList(actors.admin, hidden.id)).rejects.toThrow(ListError);
  });

  it("is liked once per person, never by its owner", async () => {
    const { id } = await createList(actors.editor, details);
    await likeList(actors.admin, id);
    await likeList(actors.admin, id);
    await likeList(actors.moderator, id);
    await expect(likeList(actors.editor, id)).rejects.toThrow(/your own list/);
    expect((await getListPage(id, actors.admin.id))!.likeCount).toBe(2);
    expect((await getListPage(id, actors.admin.id))!.likedByViewer).toBe(true);
  });

  it("stops at the configured limits", async () => {
    const limits = config();
    const saved = { ...limits };
    try {
      limits.ITEMS_PER_LIST = 2;
      const { id } = await createList(actors.moderator, details);
      await addFilmToList(actors.moderator, id, films.akira);
      await addFilmToList(actors.moderator, id, films["roujin-z"]);
      await expect(addFilmToList(actors.moderator, id, films.steamboy)).rejects.toThrow(/at most 2 films/);
      const owned = await database.prisma.list.count({ where: { ownerId: actors.moderator.id } });
      limits.LISTS_PER_USER = owned;
      await expect(createList(actors.moderator, details)).rejects.toThrow(/already have/);
    } finally {
      Object.assign(limits, saved);
    }
  });
});

/** An admin's list of `count` new films, slugged `<prefix>-0`, `<prefix>-1`…, in that order. */
async function adminListOfNewFilms(count: number, prefix: string) {
  const owner = await database.prisma.user.findUniqueOrThrow({ where: { username: "admin" } });
  const list = await database.prisma.list.create({ data: { ownerId: owner.id, title: `${count} films` } });
  const created = await database.prisma.film.createManyAndReturn({
    data: Array.from({ length: count }, (_, index) => ({ slug: `${prefix}-${index}`, title: `${prefix} ${index}` })),
    select: { id: true },
  });
  const items = await database.prisma.listItem.createManyAndReturn({
    data: created.map((film, index) => ({ listId: list.id, filmId: film.id, position: index + 1 })),
    select: { id: true },
  });
  return { owner, list, items };
}

describe("reordering a long list", () => {
  it("puts 1,000 items in a new order with one statement", async () => {
    const { list, items } = await adminListOfNewFilms(1000, "bulk-film");
    const reversed = items.map((item) => item.id).reverse();
    await reorderListItems(actors.admin, list.id, reversed);
    const stored = await database.prisma.listItem.findMany({
      where: { listId: list.id },
      orderBy: { position: "asc" },
      select: { id: true, position: true },
    });
    expect(stored.map((item) => item.id)).toEqual(reversed);
    expect(stored.map((item) => item.position)).toEqual(Array.from({ length: 1000 }, (_, index) => index + 1));
  });
});

describe("a long list's pages", () => {
  it("shows 100 films a page with their ranks, and a move lands on the page the film is now on", async () => {
    const { owner, list, items } = await adminListOfNewFilms(250, "paged-film");

    const first = (await getListPage(list.id, null))!.items;
    expect(first).toMatchObject({ page: 1, pageCount: 3, pageSize: 100, total: 250 });
    expect(first.rows.map((item) => item.id)).toEqual(items.slice(0, 100).map((item) => item.id));
    const last = (await getListPage(list.id, null, 3))!.items;
    expect(last.rows.map((item) => item.film.slug)).toEqual(
      Array.from({ length: 50 }, (_, index) => `paged-film-${200 + index}`),
    );
    expect((await getListPage(list.id, null, 4))!.items).toMatchObject({ rows: [], pageCount: 3 });

    // The 101st film, first on page 2, moves up to 100th, last on page 1; and back down.
    const moved = items[100]!.id;
    expect(await moveListItem(actors.admin, list.id, moved, "up")).toEqual({ moved: true, rank: 100 });
    expect(listPageOf(100)).toBe(1);
    expect((await getListPage(list.id, null))!.items.rows.at(-1)!.id).toBe(moved);
    expect(await moveListItem(actors.admin, list.id, moved, "down")).toEqual({ moved: true, rank: 101 });
    expect(listPageOf(101)).toBe(2);
    expect(await moveListItem(actors.admin, list.id, items[0]!.id, "up")).toEqual({ moved: false, rank: 1 });

    // The owner's order form still gets every film.
    expect((await getListForOrdering(list.id, owner.id))!.items).toHaveLength(250);
    expect(await getListForOrdering(list.id, actors.editor.id)).toBeNull();
  });
});
