import { describe, expect, it } from "vitest";
import { AuthorizationError } from "@/lib/auth/policy";
import { cacheTags } from "@/lib/cache/tags";
import { FieldError } from "@/lib/forms/form-state";
import { renameSelf } from "@/lib/users/rename";
import { withTestDatabase } from "../../support/test-database";

const database = withTestDatabase();

describe("renaming oneself", () => {
  it("changes the display name and names the cached film pages that showed the old one", async () => {
    const { prisma } = database;
    const user = await prisma.user.create({
      data: { username: "renamer", displayName: "Renamer" },
      select: { id: true, role: true },
    });
    const film = (slug: string) => prisma.film.findUniqueOrThrow({ where: { slug }, select: { id: true } });
    const [akira, roujinZ, steamboy] = await Promise.all([film("akira"), film("roujin-z"), film("steamboy")]);
    // A Top Editor of Akira; Roujin Z on a public list, Steamboy on a private one.
    await prisma.revision.create({
      data: {
        entityType: "FILM",
        entityId: akira.id,
        filmId: akira.id,
        section: "description",
        number: 9001,
        before: {},
        after: {},
        summary: "Renamer's edit",
        proposerId: user.id,
      },
    });
    for (const [visibility, filmId] of [
      ["PUBLIC", roujinZ.id],
      ["PRIVATE", steamboy.id],
    ] as const) {
      await prisma.list.create({
        data: { ownerId: user.id, title: visibility, visibility, items: { create: { filmId, position: 1 } } },
      });
    }

    const renamed = await renameSelf(user, "Renamed Editor");
    expect(renamed.displayName).toBe("Renamed Editor");
    expect(renamed.expired.sort()).toEqual([cacheTags.film("akira"), cacheTags.filmLists(roujinZ.id)].sort());
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).displayName).toBe("Renamed Editor");

    expect(await renameSelf(user, "Renamed Editor")).toEqual({ displayName: "Renamed Editor", expired: [] });
  });

  it("is refused to anyone signed out", async () => {
    await expect(renameSelf(null, "Nobody")).rejects.toThrow(AuthorizationError);
  });

  it.each([
    ["admin", "reserved"],
    ["\uFEFFAdmin", "reserved"],
    ["Ｍｏｄｅｒａｔｏｒ", "reserved"],
    ["Sup\u200Bport", "reserved"],
    ["  EDITOR ", "taken"],
    ["Mandatory   Network", "taken"],
    ["obsidian_609", "taken"],
  ])("refuses the display name %j, which folds to a %s name, and keeps the old one", async (displayName, why) => {
    const { prisma } = database;
    const user = await prisma.user.findUniqueOrThrow({
      where: { username: "jlanzer" },
      select: { id: true, role: true },
    });
    const error: unknown = await renameSelf(user, displayName).catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(FieldError);
    expect(error).toMatchObject({ field: "displayName", message: expect.stringContaining(why) });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).displayName).toBe("jlanzer");
  });

  it("lets people use their own username as a display name, in any case", async () => {
    const user = await database.prisma.user.findUniqueOrThrow({
      where: { username: "shels" },
      select: { id: true, role: true },
    });
    expect(await renameSelf(user, "SHELS")).toMatchObject({ displayName: "SHELS" });
    expect(await renameSelf(user, "Shels the Band")).toMatchObject({ displayName: "Shels the Band" });
    // The old display name is free again for others.
    expect(await renameSelf(user, "shels")).toMatchObject({ displayName: "shels" });
  });

  it("lets only one of two people racing for names that fold alike have it", async () => {
    const { prisma } = database;
    const [first, second] = await Promise.all(
      ["racer-one", "racer-two"].map((username) =>
        prisma.user.create({ data: { username, displayName: username }, select: { id: true, role: true } }),
      ),
    );
    const results = await Promise.allSettled([renameSelf(first!, "The Racer"), renameSelf(second!, "the  racer")]);
    expect(results.map((result) => result.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(results.find((result) => result.status === "rejected")?.reason).toBeInstanceOf(FieldError);
  });
});
