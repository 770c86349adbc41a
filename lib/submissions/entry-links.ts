import "server-only";
import { db } from "@/lib/db";
import { entryHref } from "@/lib/entries/kinds";
import { findEntries } from "@/lib/entries/registry";
import type { EntityType } from "@/lib/generated/prisma/enums";

/** Where an entry lives and what it is called, for linking it from a submission. */
export type EntryLink = { href: string; name: string };

export async function getEntryLink(entityType: EntityType, entityId: number): Promise<EntryLink | null> {
  const [entry] = await findEntries(db, entityType, { ids: [entityId] });
  return entry ? { href: entryHref(entityType, entry.slug), name: entry.name } : null;
}
