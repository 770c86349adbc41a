import "server-only";
import { db } from "@/lib/db";
import { slugsNamedIn, type EntryNames } from "./display";

const bySlug = (rows: { slug: string; name: string }[]) => Object.fromEntries(rows.map((row) => [row.slug, row.name]));

/** The names of everything the values name by slug, and their images' captions or absence, in four reads at most. */
export async function getEntryNames(valueSets: Record<string, unknown>[]): Promise<EntryNames> {
  const slugs = slugsNamedIn(valueSets);
  const imageIds = [...new Set(valueSets.map((values) => values.posterId).filter((id) => typeof id === "number"))];
  const select = { slug: true, name: true } as const;
  const [people, characters, films, images] = await Promise.all([
    slugs.people.size > 0 ? db.person.findMany({ where: { slug: { in: [...slugs.people] } }, select }) : [],
    slugs.characters.size > 0 ? db.character.findMany({ where: { slug: { in: [...slugs.characters] } }, select }) : [],
    slugs.films.size > 0
      ? db.film.findMany({ where: { slug: { in: [...slugs.films] } }, select: { slug: true, title: true } })
      : [],
    imageIds.length > 0
      ? db.image.findMany({ where: { id: { in: imageIds } }, select: { id: true, caption: true } })
      : [],
  ]);
  const kept = new Set(images.map(({ id }) => id));
  return {
    people: bySlug(people),
    characters: bySlug(characters),
    films: Object.fromEntries(films.map((film) => [film.slug, film.title])),
    removedImages: imageIds.filter((id) => !kept.has(id)),
    imageCaptions: Object.fromEntries(images.map((image) => [image.id, image.caption])),
  };
}
