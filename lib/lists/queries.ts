import "server-only";
import { db } from "@/lib/db";

/** Public lists that contain the film, the most liked first: the film page's "Top Rated Lists". */
export async function getTopListsForFilm(filmId: number, take = 5) {
  const lists = await db.list.findMany({
    where: { visibility: "PUBLIC", items: { some: { filmId } } },
    orderBy: [{ likes: { _count: "desc" } }, { id: "asc" }],
    take,
    select: {
      id: true,
      title: true,
      owner: { select: { username: true, displayName: true } },
      _count: { select: { items: true, likes: true } },
    },
  });
  return lists.map(({ _count, ...list }) => ({ ...list, itemCount: _count.items, likeCount: _count.likes }));
}
