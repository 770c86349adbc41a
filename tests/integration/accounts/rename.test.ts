import { describe, expect, it } from "vitest";
import { AuthorizationError } from "@/lib/auth/policy";
import { cacheTags } from "@/lib/cache/tags";
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
});
