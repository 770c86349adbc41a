import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";

/**
 * A public profile: who, since when, what they contributed, and their public lists. Cached per
 * request: the profile page and its metadata share one read.
 */
export const getProfile = cache(async (username: string) => {
  const user = await db.user.findUnique({
    where: { username },
    select: {
      id: true,
      username: true,
      displayName: true,
      role: true,
      createdAt: true,
      lists: {
        where: { visibility: "PUBLIC" },
        orderBy: { createdAt: "desc" },
        select: { id: true, title: true, itemCount: true },
      },
    },
  });
  if (!user) return null;
  const [approvedEdits, submissions] = await Promise.all([
    db.revision.count({ where: { proposerId: user.id } }),
    db.submission.count({ where: { authorId: user.id } }),
  ]);
  return { ...user, approvedEdits, submissions };
});

export type Profile = NonNullable<Awaited<ReturnType<typeof getProfile>>>;

export const USERS_PAGE_SIZE = 50;

/** Users newest first, a page at a time, for the admin's user list. */
export async function listUsers(page: number) {
  const [users, total] = await Promise.all([
    db.user.findMany({
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * USERS_PAGE_SIZE,
      take: USERS_PAGE_SIZE,
      select: { id: true, username: true, displayName: true, role: true, createdAt: true },
    }),
    db.user.count(),
  ]);
  return { users, total, pages: Math.max(1, Math.ceil(total / USERS_PAGE_SIZE)) };
}
