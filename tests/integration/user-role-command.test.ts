import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { withTestDatabase } from "../support/test-database";

const database = withTestDatabase();

const userRole = (...args: string[]) =>
  spawnSync("npx", ["tsx", "scripts/set-user-role.ts", ...args], {
    env: { ...process.env, DATABASE_URL: database.url },
    encoding: "utf8",
  });

describe("npm run user:role", () => {
  it("sets a role, whatever the letter case typed, and ends that user's sessions only when it takes permissions away", async () => {
    const [editor, admin] = await Promise.all(
      ["editor", "admin"].map((username) => database.prisma.user.findUniqueOrThrow({ where: { username } })),
    );
    const expiresAt = new Date(Date.now() + 60_000);
    await database.prisma.session.createMany({
      data: [
        { id: "editor-session", userId: editor!.id, expiresAt },
        { id: "admin-session", userId: admin!.id, expiresAt },
      ],
    });
    const result = userRole("Editor", "moderator");
    expect(result.stdout).toContain("editor is now MODERATOR.");
    expect(result.status).toBe(0);
    expect((await database.prisma.user.findUniqueOrThrow({ where: { username: "editor" } })).role).toBe("MODERATOR");
    const sessionIds = async () =>
      (await database.prisma.session.findMany({ select: { id: true }, orderBy: { id: "asc" } })).map(({ id }) => id);
    expect(await sessionIds()).toEqual(["admin-session", "editor-session"]);

    expect(userRole("editor", "USER").status).toBe(0);
    expect(await sessionIds()).toEqual(["admin-session"]);
  });

  it("refuses an unknown user or role with one clear line", () => {
    const unknownUser = userRole("nobody-here", "ADMIN");
    expect(unknownUser.status).toBe(1);
    expect(unknownUser.stderr).toContain("There is no user called nobody-here.");
    const unknownRole = userRole("editor", "KING");
    expect(unknownRole.status).toBe(1);
    expect(unknownRole.stderr).toContain("Usage: npm run user:role -- <username> <USER|TRUSTED|MODERATOR|ADMIN>");
  });
});
