import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/policy";
import { cacheTags } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import { FieldError } from "@/lib/forms/form-state";
import { holdNameKeys, NAME_RESERVED, NAME_TAKEN } from "./name-keys";
import { isReservedKey, nameKey, nameKeysOf } from "./names";

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

/**
 * Changes the actor's own display name; returns the tags of the cached pages that showed the old
 * one. A name that folds to a reserved one or to another user's name is a FieldError; one's own
 * username, in any case or width, is fine.
 */
export async function renameSelf(actor: Actor | null, displayName: string) {
  requirePermission(actor, "account:edit:own");
  const changed = await db.$transaction(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({
      where: { id: actor.id },
      select: { username: true, displayName: true },
    });
    if (user.displayName === displayName) return false;
    const key = nameKey(displayName);
    if (isReservedKey(key) && key !== nameKey(user.username)) throw new FieldError("displayName", NAME_RESERVED);
    const refused = await holdNameKeys(tx, actor.id, nameKeysOf(user.username, displayName));
    if (refused.includes(key)) throw new FieldError("displayName", NAME_TAKEN);
    await tx.user.update({ where: { id: actor.id }, data: { displayName } });
    return true;
  });
  return { displayName, expired: changed ? await tagsShowingUser(actor.id) : [] };
}
