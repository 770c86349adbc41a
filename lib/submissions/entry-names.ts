import "server-only";
import { db } from "@/lib/db";
import { ENTRY_KINDS } from "@/lib/entries/kinds";
import { findEntries } from "@/lib/entries/registry";
import { slugsNamedIn, type EntryNames } from "./display";

/** The names of everything the values name by slug, and their images' captions or absence, in one read per kind at most. */
export async function getEntryNames(valueSets: Record<string, unknown>[]): Promise<EntryNames> {
  const slugs = slugsNamedIn(valueSets);
  const imageIds = [...new Set(valueSets.map((values) => values.posterId).filter((id) => typeof id === "number"))];
  const [named, images] = await Promise.all([
    Promise.all(
      Object.values(ENTRY_KINDS).map(async (kind) => {
        const entries = await findEntries(db, kind.entityType, { slugs: [...slugs[kind.plural]] });
        return [kind.plural, Object.fromEntries(entries.map((entry) => [entry.slug, entry.name]))] as const;
      }),
    ),
    imageIds.length > 0
      ? db.image.findMany({ where: { id: { in: imageIds } }, select: { id: true, caption: true } })
      : [],
  ]);
  const kept = new Set(images.map(({ id }) => id));
  return {
    ...(Object.fromEntries(named) as Omit<EntryNames, "removedImages" | "imageCaptions">),
    removedImages: imageIds.filter((id) => !kept.has(id)),
    imageCaptions: Object.fromEntries(images.map((image) => [image.id, image.caption])),
  };
}
