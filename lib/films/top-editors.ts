import "server-only";
import { db } from "@/lib/db";

/** The people whose approved changes to this film are most numerous. */
export async function getTopEditors(filmId: number, take = 5) {
  const counts = await db.revision.groupBy({
    by: ["proposerId"],
    where: { filmId },
    _count: { _all: true },
    orderBy: [{ _count: { proposerId: "desc" } }, { proposerId: "asc" }],
    take,
  });
  if (counts.length === 0) return [];
  const users = await db.user.findMany({
    where: { id: { in: counts.map((count) => count.proposerId) } },
    select: { id: true, username: true, displayName: true },
  });
  const byId = new Map(users.map((user) => [user.id, user]));
  return counts.flatMap((count) => {
    const user = byId.get(count.proposerId);
    return user ? [{ ...user, edits: count._count._all }] : [];
  });
}
