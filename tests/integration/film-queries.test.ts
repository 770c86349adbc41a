import { beforeAll, describe, expect, it } from "vitest";
import { getFilmPage, getRecentFilms } from "@/lib/films/queries";
import { getTopEditors } from "@/lib/films/top-editors";
import { getTopListsForFilm } from "@/lib/lists/queries";
import { resolveWikiLinks } from "@/lib/wiki/resolve";
import { lists as seedLists } from "../../prisma/seed/community";
import { installQueryCounter } from "../support/query-counter";
import { withTestDatabase } from "../support/test-database";

const database = withTestDatabase();
let counter: ReturnType<typeof installQueryCounter>;

beforeAll(() => {
  counter = installQueryCounter(database.url);
});

describe("getFilmPage", () => {
  it("reads every section of a film", async () => {
    const film = await getFilmPage("memories");
    expect(film?.title).toBe("Memories");
    expect(film?.segments).toHaveLength(3);
    expect(film?.credits).toHaveLength(11);
    expect(film?.credits[8]).toMatchObject({
      person: { name: "Yoko Kanno" },
      role: { name: "Music" },
      segment: { title: "Magnetic Rose" },
    });
    expect(film?.releases.map((release) => release.region)).toEqual(["US", "JP"]);
    expect(film?.aliases).toHaveLength(4);
    expect(film?.appearances).toEqual([]);
  });

  it("answers null for an unknown slug", async () => {
    expect(await getFilmPage("no-such-film")).toBeNull();
  });

  it("makes the same number of queries whatever the number of credits", async () => {
    const few = await counter.count(() => getFilmPage("akira"));
    const akira = await database.prisma.film.findUniqueOrThrow({ where: { slug: "akira" } });
    const role = await database.prisma.creditRole.findFirstOrThrow();
    const people = await Promise.all(
      Array.from({ length: 60 }, (_, index) =>
        database.prisma.person.create({ data: { slug: `animator-${index}`, name: `Animator ${index}` } }),
      ),
    );
    await database.prisma.credit.createMany({
      data: people.map((person, index) => ({
        filmId: akira.id,
        personId: person.id,
        roleId: role.id,
        position: 100 + index,
      })),
    });
    const many = await counter.count(() => getFilmPage("akira"));
    expect(many.result?.credits.length).toBeGreaterThan(60);
    expect(many.queries).toBe(few.queries);
  });

  it("shows a relation from both films", async () => {
    const [memories, robotCarnival] = await Promise.all([
      database.prisma.film.findUniqueOrThrow({ where: { slug: "memories" } }),
      database.prisma.film.findUniqueOrThrow({ where: { slug: "robot-carnival" } }),
    ]);
    await database.prisma.filmRelation.create({
      data: { fromFilmId: memories.id, toFilmId: robotCarnival.id, kind: "SIMILAR" },
    });
    expect((await getFilmPage("robot-carnival"))?.relations).toEqual([
      { kind: "SIMILAR", film: { slug: "memories", title: "Memories", year: 1995 } },
    ]);
    expect((await getFilmPage("memories"))?.relations.map((relation) => relation.film.slug)).toEqual([
      "robot-carnival",
    ]);
  });
});

describe("the film page's community sections", () => {
  it("orders Top Rated Lists by likes and counts their real items", async () => {
    const memories = await database.prisma.film.findUniqueOrThrow({ where: { slug: "memories" } });
    const lists = await getTopListsForFilm(memories.id);
    expect(lists.map((list) => [list.title, list.likeCount])).toEqual([
      ["Seen and Watched", 3],
      ["anime list", 2],
      ["completed anime with some ongoing", 1],
    ]);
    expect(lists.map((list) => list.itemCount)).toEqual(
      lists.map((list) => seedLists.find((seeded) => seeded.title === list.title)!.films.length),
    );
  });

  it("leaves private lists out of Top Rated Lists", async () => {
    const memories = await database.prisma.film.findUniqueOrThrow({ where: { slug: "memories" } });
    const owner = await database.prisma.user.findUniqueOrThrow({ where: { username: "editor" } });
    await database.prisma.list.create({
      data: {
        ownerId: owner.id,
        title: "My secret list",
        visibility: "PRIVATE",
        items: { create: { filmId: memories.id, position: 1 } },
      },
    });
    const titles = (await getTopListsForFilm(memories.id)).map((list) => list.title);
    expect(titles).not.toContain("My secret list");
  });

  it("ranks top editors by their approved changes to the film", async () => {
    const memories = await database.prisma.film.findUniqueOrThrow({ where: { slug: "memories" } });
    const editors = await getTopEditors(memories.id);
    expect(editors[0]).toMatchObject({ displayName: "Mandatory Network" });
    expect(editors[0]!.edits).toBeGreaterThan(0);
  });
});

describe("resolveWikiLinks", () => {
  it("resolves existing entries and leaves unknown ones out", async () => {
    const links = await resolveWikiLinks(
      "[[film:akira|Akira]] by [[person:katsuhiro-otomo]] and [[film:nothing-here]]",
    );
    expect(links.get("film:akira")).toEqual({ href: "/films/akira", title: "Akira" });
    expect(links.get("person:katsuhiro-otomo")).toEqual({ href: "/people/katsuhiro-otomo", title: "Katsuhiro Otomo" });
    expect(links.has("film:nothing-here")).toBe(false);
  });
});

describe("getRecentFilms", () => {
  it("lists the newest films first", async () => {
    const films = await getRecentFilms("createdAt", 3);
    expect(films).toHaveLength(3);
  });
});
