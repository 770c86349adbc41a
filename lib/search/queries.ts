import "server-only";
import { db } from "@/lib/db";

const contains = (query: string) => ({ contains: query, mode: "insensitive" as const });

/** Films, people and characters whose names contain the query, in any letter case. */
export async function searchCatalogue(query: string, take = 20) {
  const [films, people, characters] = await Promise.all([
    db.film.findMany({
      where: {
        OR: [
          { title: contains(query) },
          { nativeTitle: contains(query) },
          { aliases: { some: { name: contains(query) } } },
          { releases: { some: { title: contains(query) } } },
        ],
      },
      orderBy: [{ title: "asc" }],
      take,
      select: { slug: true, title: true, nativeTitle: true, year: true, format: true, deck: true },
    }),
    db.person.findMany({
      where: { OR: [{ name: contains(query) }, { nativeName: contains(query) }] },
      orderBy: { name: "asc" },
      take,
      select: { slug: true, name: true, nativeName: true, deck: true },
    }),
    db.character.findMany({
      where: { OR: [{ name: contains(query) }, { nativeName: contains(query) }] },
      orderBy: { name: "asc" },
      take,
      select: { slug: true, name: true, nativeName: true, deck: true },
    }),
  ]);
  return { films, people, characters };
}
