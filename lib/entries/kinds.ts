import type { EntityType } from "@/lib/generated/prisma/enums";

/**
 * A kind of entry as readers meet it: what it is called, the key naming it in wiki links, cache
 * tags and search results, and where its pages live. Client-safe; the tables behind each kind are
 * in `registry.ts`.
 */
export type EntryKind = {
  entityType: EntityType;
  key: "film" | "person" | "character" | "studio";
  noun: string;
  plural: string;
  path: "/films" | "/people" | "/characters" | "/studios";
};

/** Every kind of entry, declared once; generic code reads this instead of branching on the kind. */
export const ENTRY_KINDS = {
  FILM: { entityType: "FILM", key: "film", noun: "film", plural: "films", path: "/films" },
  PERSON: { entityType: "PERSON", key: "person", noun: "person", plural: "people", path: "/people" },
  CHARACTER: {
    entityType: "CHARACTER",
    key: "character",
    noun: "character",
    plural: "characters",
    path: "/characters",
  },
  STUDIO: { entityType: "STUDIO", key: "studio", noun: "studio", plural: "studios", path: "/studios" },
} as const satisfies Record<EntityType, EntryKind>;

export type EntryKey = EntryKind["key"];

export function entryKind(entityType: EntityType): EntryKind {
  return ENTRY_KINDS[entityType];
}

/** The kind a wiki link or search result names by its key. */
export function entryKindByKey(key: EntryKey): EntryKind {
  return Object.values(ENTRY_KINDS).find((kind) => kind.key === key)!;
}

/** The address of an entry's page. */
export function entryHref(entityType: EntityType, slug: string): string {
  return `${ENTRY_KINDS[entityType].path}/${encodeURIComponent(slug)}`;
}
