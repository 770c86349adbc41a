import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

export const NAME_TAKEN = "That name is taken. Choose another one.";
export const NAME_RESERVED = "That name is reserved. Choose another one.";

/** Whether any of the keys is held by someone other than the user: a friendly check before the write. */
export async function heldByOthers(keys: string[], userId?: number): Promise<boolean> {
  if (keys.length === 0) return false;
  const holder = await db.userNameKey.findFirst({
    where: { key: { in: keys }, ...(userId ? { NOT: { userId } } : {}) },
    select: { key: true },
  });
  return holder !== null;
}

/**
 * Makes the user hold exactly these name keys, inside the caller's transaction, and returns the ones
 * another user holds (those are left to them). The primary key settles a race: the later of two
 * transactions waits for the first, then finds its key taken.
 */
export async function holdNameKeys(tx: Prisma.TransactionClient, userId: number, keys: string[]): Promise<string[]> {
  await tx.userNameKey.deleteMany({ where: { userId, key: { notIn: keys } } });
  if (keys.length === 0) return [];
  const held = await tx.$queryRaw<{ key: string }[]>`
    INSERT INTO "UserNameKey" ("key", "userId")
    SELECT k, ${userId} FROM unnest(${keys}::text[]) AS k
    ON CONFLICT ("key") DO UPDATE SET "userId" = excluded."userId" WHERE "UserNameKey"."userId" = excluded."userId"
    RETURNING "key"`;
  const mine = new Set(held.map((row) => row.key));
  return keys.filter((key) => !mine.has(key));
}
