import { childRows, rowsFor, type Load, type Row } from "./load";
import type { Catalogue } from "./model";
import { generateLikes } from "./users";

/** Users (all sharing one password hash), lists with their items, and likes. */
export function communityLoads(catalogue: Catalogue, passwordHash: string): Load[] {
  const { users, lists, first, existing, counts } = catalogue;
  let itemId = existing.maxIds.ListItem!;
  const likes = generateLikes({
    counts,
    lists,
    firstListId: first.list,
    firstUserId: first.user,
    userCount: users.length,
  });
  return [
    {
      table: "User",
      columns: ["id", "username", "displayName", "email", "passwordHash", "role", "createdAt"],
      total: users.length,
      rows: rowsFor(users.length, (index) => {
        const user = users[index]!;
        return [
          first.user + index,
          user.username,
          user.displayName,
          user.email,
          passwordHash,
          user.role,
          user.createdAt,
        ];
      }),
    },
    {
      table: "List",
      columns: ["id", "ownerId", "title", "description", "ranked", "visibility", "createdAt", "updatedAt"],
      total: lists.length,
      rows: rowsFor(lists.length, (index) => {
        const list = lists[index]!;
        return [
          first.list + index,
          list.owner,
          list.title,
          list.description,
          list.ranked,
          list.visibility,
          list.createdAt,
          list.createdAt,
        ];
      }),
    },
    {
      table: "ListItem",
      columns: ["id", "listId", "filmId", "position", "note", "addedAt"],
      total: lists.reduce((total, list) => total + list.films.length, 0),
      rows: childRows(lists, (list, index) =>
        list.films.map((filmId, position): Row => [
          ++itemId,
          first.list + index,
          filmId,
          position + 1,
          position === 0 && list.ranked ? "The one that started it all." : "",
          list.createdAt,
        ]),
      ),
    },
    {
      table: "ListLike",
      columns: ["userId", "listId", "createdAt"],
      total: likes.length,
      rows: likes.map((like): Row => [like.userId, like.listId, like.createdAt]),
    },
  ];
}
