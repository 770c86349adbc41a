import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/policy";
import { cacheTags } from "@/lib/cache/tags";
import { db } from "@/lib/db";

/**
 * The cached pages that show the user's display name: the film pages listing them among Top
 * Editors (any film they proposed a change to) and among Top Rated Lists (the films on their public
 * lists). Lists, profiles and moderation pages render per request and need nothing.
 */
async function tagsShowingUser(userId: number): Promise<string[]> {
  const [edited, listed] = await Promise.all([
    db.$queryRaw<{ slug: string }[]>`
      SELECT f.slug FROM "Film" f
      WHERE f.id IN (SELECT r."filmId" FROM "Revision" r WHERE r."proposerId" = ${userId} AND r."filmId" IS NOT NULL)`,
    db.$queryRaw<{ filmId: number }[]>`
      SELECT DISTINCT i."filmId" FROM "List" l JOIN "ListItem" i ON i."listId" = l.id
      WHERE l."ownerId" = ${userId} AND l.visibility = 'PUBLIC'`,
  ]);
  return [
    ...edited.map((film) => cacheTags.film(film.slug)),
    ...listed.map((item) => cacheTags.filmLists(item.filmId)),
  ];
}

/** Changes the actor's own display name; returns the tags of the cached pages that showed the old one. */
export async function renameSelf(actor: Actor | null, displayName: string) {
  requirePermission(actor, "account:edit:own");
  // One statement: it changes nothing, and no page needs expiring, when the name is already this one.
  const { count } = await db.user.updateMany({
    where: { id: actor.id, NOT: { displayName } },
    data: { displayName },
  });
  return { displayName, expired: count === 0 ? [] : await tagsShowingUser(actor.id) };
}
