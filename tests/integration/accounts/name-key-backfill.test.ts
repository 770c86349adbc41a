import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

import { nameKeysOf } from "@/lib/users/names";
import { withTestDatabase } from "../../support/test-database";

const database = withTestDatabase();

// The migration's backfill: the statement that gave the names of existing users their keys.
const migration = readFileSync(
  path.resolve(import.meta.dirname, "../../../prisma/migrations/20261201223000_sessions_and_name_keys/migration.sql"),
  "utf8",
);
const backfill = migration.slice(migration.indexOf('INSERT INTO "UserNameKey"'));

describe("the migration's name-key backfill", () => {
  it("folds existing names as nameKey does, the older account keeping a key two names share", async () => {
    const { prisma } = database;
    await prisma.user.createMany({
      data: [
        { username: "lookalike", displayName: "\uFEFFＭａｎｄａｔｏｒｙ\u200B Network" },
        { username: "wide-name", displayName: "Ｗｉｄｅ_Name\u00AD." },
      ],
    });
    await prisma.userNameKey.deleteMany();
    await prisma.$executeRawUnsafe(backfill);

    const users = await prisma.user.findMany({
      orderBy: { id: "asc" },
      select: { id: true, username: true, displayName: true },
    });
    const expected = new Map<string, number>();
    for (const user of users) {
      for (const key of nameKeysOf(user.username, user.displayName)) if (!expected.has(key)) expected.set(key, user.id);
    }
    const keys = await prisma.userNameKey.findMany({ select: { key: true, userId: true } });
    expect(new Map(keys.map((row) => [row.key, row.userId]))).toEqual(expected);
    const lookalike = users.find((user) => user.username === "lookalike");
    expect(keys.filter((row) => row.userId === lookalike?.id)).toEqual([{ key: "lookalike", userId: lookalike?.id }]);
  });
});
