import { describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { lists as seedLists } from "../../prisma/seed/community";
import { isDatabaseEmpty, seedDatabase } from "../../prisma/seed/index";
import { withTestDatabase } from "../support/test-database";

const seeded = withTestDatabase();

async function countRows() {
  const prisma = seeded.prisma;
  const [films, people, credits, releases, aliases, users, lists, items, likes, revisions] = await Promise.all([
    prisma.film.count(),
    prisma.person.count(),
    prisma.credit.count(),
    prisma.release.count(),
    prisma.alias.count(),
    prisma.user.count(),
    prisma.list.count(),
    prisma.listItem.count(),
    prisma.listLike.count(),
    prisma.revision.count(),
  ]);
  return { films, people, credits, releases, aliases, users, lists, items, likes, revisions };
}

describe("the seed", () => {
  it("holds every fact of the Memories page", async () => {
    const film = await seeded.prisma.film.findUniqueOrThrow({
      where: { slug: "memories" },
      include: {
        segments: { orderBy: { position: "asc" } },
        credits: { orderBy: { position: "asc" }, include: { person: true, role: true } },
        releases: { orderBy: { position: "asc" } },
        aliases: { orderBy: { id: "asc" } },
      },
    });
    expect(film).toMatchObject({
      title: "Memories",
      contentRating: "R",
      runtimeMinutes: 115,
      format: "FILM",
      year: 1995,
    });
    expect(film.deck).toMatch(/^Three short stories featuring salvage space ship Corona/);
    expect(film.description).toContain("[[film:robot-carnival|Robot Carnival]]");
    expect(film.segments.map((segment) => segment.title)).toEqual(["Magnetic Rose", "Stink Bomb", "Cannon Fodder"]);
    expect(film.credits.map((credit) => [credit.person.name, credit.role.name])).toEqual([
      ["Tensai Okamura", "Director"],
      ["Hirotsugu Kawasaki", "Character Artist/Designer"],
      ["Hidekazu Ohara", "Character Artist/Designer"],
      ["Koji Morimoto", "Director"],
      ["Katsuhiro Otomo", "Director"],
      ["Masahiro Ando", "Key Animator"],
      ["Takashi Watanabe", "Art Director"],
      ["Satoshi Kon", "Writer"],
      ["Yoko Kanno", "Music"],
      ["Hiroyuki Nagashima", "Music"],
      ["Jun Miyake", "Music"],
    ]);
    // A person's general line is on the person; a line about this film is on the credit.
    const okamura = film.credits[0]!;
    expect(okamura.note).toBe("");
    expect(okamura.person.deck).toBe("He's the creator of Darker than Black and a director for many shows.");
    expect(film.credits[10]!.note).toBe("Did the Soundtrack to the Stink Bomb Segment.");
    expect(
      film.releases.map(({ region, title, date, datePrecision }) => ({ region, title, date, datePrecision })),
    ).toEqual([
      { region: "US", title: "Memories", date: new Date("2004-02-24T00:00:00Z"), datePrecision: "DAY" },
      { region: "JP", title: "メモリーズ", date: new Date("1995-12-23T00:00:00Z"), datePrecision: "DAY" },
    ]);
    expect(film.aliases.map(({ name, language, kind }) => ({ name, language, kind }))).toEqual(
      ["Katsuhiro Otomo Presents: Memories", "Magnetic Rose", "Cannon Fodder", "Stink bomb"].map((name) => ({
        name,
        language: "en",
        kind: "SYNONYM",
      })),
    );
  });

  it("links every work the description names to an entry", async () => {
    const slugs = ["robot-carnival", "neo-tokyo", "roujin-z", "akira", "steamboy"];
    const films = await seeded.prisma.film.findMany({ where: { slug: { in: slugs } }, select: { slug: true } });
    expect(films.map((film) => film.slug).sort()).toEqual([...slugs].sort());
  });

  it("gives the page's lists to their owners, holding real films", async () => {
    const lists = await seeded.prisma.list.findMany({
      orderBy: { id: "asc" },
      select: { title: true, owner: { select: { displayName: true } }, _count: { select: { items: true } } },
    });
    expect(lists.map((list) => [list.title, list.owner.displayName])).toEqual([
      ["Seen and Watched", "Obsidian609"],
      ["anime list", "shels"],
      ["completed anime with some ongoing", "jlanzer"],
    ]);
    // The lists as their owners made them, with every work Memories' page names; not the series seeded since.
    expect(lists.map((list) => list._count.items)).toEqual(seedLists.map((list) => list.films.length));
  });

  it("creates the development users with the documented password", async () => {
    const users = await seeded.prisma.user.findMany({
      where: { username: { in: ["admin", "moderator", "editor"] } },
      orderBy: { username: "asc" },
    });
    expect(users.map((user) => [user.username, user.role])).toEqual([
      ["admin", "ADMIN"],
      ["editor", "USER"],
      ["moderator", "MODERATOR"],
    ]);
    expect(await verifyPassword("memories-1995", users[0]!.passwordHash!)).toBe(true);
    expect(await verifyPassword("memories-1996", users[0]!.passwordHash!)).toBe(false);
  });

  it("is idempotent: a second run changes nothing", async () => {
    const before = await countRows();
    const result = await seedDatabase(seeded.prisma, { developmentUsers: true });
    expect(result.created).toBe(false);
    expect(await countRows()).toEqual(before);
    expect(await isDatabaseEmpty(seeded.prisma)).toBe(false);
  });
});

describe("the seed of a production database", () => {
  const empty = withTestDatabase({ seeded: false });

  it("leaves out the development users", async () => {
    expect(await isDatabaseEmpty(empty.prisma)).toBe(true);
    await seedDatabase(empty.prisma, { developmentUsers: false });
    expect(await empty.prisma.user.count({ where: { username: { in: ["admin", "moderator", "editor"] } } })).toBe(0);
    expect(await empty.prisma.film.count()).toBeGreaterThan(0);
  });
});
