import "server-only";
import { db } from "@/lib/db";
import type { EntityType } from "@/lib/generated/prisma/enums";

/** Where an entry lives and what it is called, for linking it from a submission. */
export type EntryLink = { href: string; name: string };

export async function getEntryLink(entityType: EntityType, entityId: number): Promise<EntryLink | null> {
  if (entityType === "FILM") {
    const film = await db.film.findUnique({ where: { id: entityId }, select: { slug: true, title: true } });
    return film ? { href: `/films/${film.slug}`, name: film.title } : null;
  }
  const select = { slug: true, name: true } as const;
  const entry =
    entityType === "PERSON"
      ? await db.person.findUnique({ where: { id: entityId }, select })
      : await db.character.findUnique({ where: { id: entityId }, select });
  const base = entityType === "PERSON" ? "/people" : "/characters";
  return entry ? { href: `${base}/${entry.slug}`, name: entry.name } : null;
}
