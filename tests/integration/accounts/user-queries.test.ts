import { describe, expect, it } from "vitest";

import { getProfile, listUsers, USERS_PAGE_SIZE } from "@/lib/users/queries";
import { withTestDatabase } from "../../support/test-database";

const database = withTestDatabase();

describe("getProfile", () => {
  it("counts a contributor's approved edits", async () => {
    const profile = await getProfile("mandatory-network");
    expect(profile).toMatchObject({
      username: "mandatory-network",
      displayName: "Mandatory Network",
      role: "USER",
      createdAt: expect.any(Date),
    });
    const user = await database.prisma.user.findUniqueOrThrow({ where: { username: "mandatory-network" } });
    const revisions = await database.prisma.revision.count({ where: { proposerId: user.id } });
    expect(revisions).toBeGreaterThan(0);
    expect(profile?.approvedEdits).toBe(revisions);
    expect(profile?.submissions).toBe(await database.prisma.submission.count({ where: { authorId: user.id } }));
  });

  it("shows no contributions for a new account", async () => {
    expect(await getProfile("admin")).toMatchObject({ approvedEdits: 0, submissions: 0, lists: [] });
  });

  it("shows only public lists, with their item counts", async () => {
    const before = await getProfile("obsidian609");
    expect(before?.lists).toEqual([{ id: expect.any(Number), title: "Seen and Watched", itemCount: 14 }]);

    const owner = await database.prisma.user.findUniqueOrThrow({ where: { username: "obsidian609" } });
    const film = await database.prisma.film.findFirstOrThrow();
    for (const visibility of ["PRIVATE", "UNLISTED"] as const) {
      await database.prisma.list.create({
        data: {
          ownerId: owner.id,
          title: `My ${visibility.toLowerCase()} list`,
          visibility,
          items: { create: [{ filmId: film.id, position: 1 }] },
        },
      });
    }
    const after = await getProfile("obsidian609");
    expect(after?.lists.map((list) => list.title)).toEqual(["Seen and Watched"]);
  });

  it("exposes nothing private about the account", async () => {
    const profile = await getProfile("editor");
    expect(profile).not.toBeNull();
    expect(Object.keys(profile ?? {}).sort()).toEqual(
      ["approvedEdits", "createdAt", "displayName", "id", "lists", "role", "submissions", "username"].sort(),
    );
  });

  it("answers null for an unknown user", async () => {
    expect(await getProfile("nobody-here")).toBeNull();
  });
});

describe("listUsers", () => {
  it("lists the seeded users on one page, newest first", async () => {
    const { users, total, pages } = await listUsers(1);
    const count = await database.prisma.user.count();
    expect(total).toBe(count);
    expect(pages).toBe(1);
    expect(users).toHaveLength(count);
    expect(users.map((user) => user.username)).toEqual(
      expect.arrayContaining(["admin", "moderator", "editor", "obsidian609", "mandatory-network"]),
    );
    for (let index = 1; index < users.length; index += 1) {
      const [previous, current] = [users[index - 1], users[index]];
      if (!previous || !current) continue;
      expect(previous.createdAt >= current.createdAt).toBe(true);
    }
    expect(Object.keys(users[0] ?? {}).sort()).toEqual(["createdAt", "displayName", "id", "role", "username"]);
  });

  it(`pages by ${USERS_PAGE_SIZE}`, async () => {
    const existing = await database.prisma.user.count();
    const start = Date.UTC(2030, 0, 1);
    await database.prisma.user.createMany({
      data: Array.from({ length: USERS_PAGE_SIZE + 5 - existing + 1 }, (_, index) => ({
        username: `member-${String(index).padStart(3, "0")}`,
        displayName: `Member ${index}`,
        createdAt: new Date(start + index * 1000),
      })),
    });
    const total = USERS_PAGE_SIZE + 6;
    expect(await database.prisma.user.count()).toBe(total);

    const first = await listUsers(1);
    expect(first).toMatchObject({ total, pages: 2 });
    expect(first.users).toHaveLength(USERS_PAGE_SIZE);
    const newest = USERS_PAGE_SIZE + 5 - existing;
    expect(first.users[0]?.username).toBe(`member-${String(newest).padStart(3, "0")}`);

    const second = await listUsers(2);
    expect(second).toMatchObject({ total, pages: 2 });
    expect(second.users).toHaveLength(6);
    const seen = new Set([...first.users, ...second.users].map((user) => user.id));
    expect(seen.size).toBe(total);

    expect((await listUsers(3)).users).toEqual([]);
  });
});
