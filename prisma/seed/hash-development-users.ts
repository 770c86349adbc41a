import { hashPassword } from "../../lib/auth/password";
import type { Prisma, PrismaClient } from "../../lib/generated/prisma/client";
import { DEVELOPMENT_PASSWORD, DEVELOPMENT_USERS } from "./community";

/** Rows for the development users not yet in the database, their passwords hashed. */
export async function hashDevelopmentUsers(prisma: PrismaClient): Promise<Prisma.UserCreateManyInput[]> {
  const existing = await prisma.user.findMany({
    where: { username: { in: DEVELOPMENT_USERS.map((user) => user.username) } },
    select: { username: true },
  });
  const present = new Set(existing.map((user) => user.username));
  const rows: Prisma.UserCreateManyInput[] = [];
  for (const user of DEVELOPMENT_USERS) {
    if (present.has(user.username)) continue;
    rows.push({
      ...user,
      passwordHash: await hashPassword(DEVELOPMENT_PASSWORD),
    });
  }
  return rows;
}
