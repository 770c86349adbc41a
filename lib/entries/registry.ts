import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { EntityType } from "@/lib/generated/prisma/enums";
import { cacheTags } from "@/lib/cache/tags";
import { entryKind, type EntryKey } from "./kinds";

type Client = Prisma.TransactionClient;

/** A cache tag's kind and key, as the neighbour queries below return them. */
export type Neighbour = { kind: EntryKey | "list" | "season"; key: string };

/**
 * The table behind a kind of entry and the columns generic code reads from it. The SQL fragments
 * are constants, never input.
 */
type EntryTable = {
  table: Prisma.Sql;
  name: Prisma.Sql;
  native: Prisma.Sql;
  year: Prisma.Sql;
  /** Cache tags every change to an entry of this kind expires besides its own page's. */
  alsoExpires: readonly string[];
  /** Pages that show this entry's name, poster or cast, by the tag of their data. */
  neighbours(entityId: number): Prisma.Sql;
};

const TABLES: Record<EntityType, EntryTable> = {
  FILM: {
    table: Prisma.raw('"Film"'),
    name: Prisma.raw("title"),
    native: Prisma.raw('"nativeTitle"'),
    year: Prisma.raw("year"),
    alsoExpires: [cacheTags.recentFilms],
    // Its people, characters, studios, related films, the lists holding it and the chart of its season.
    neighbours: (filmId) => Prisma.sql`
      SELECT 'person' AS kind, p.slug AS key FROM "Credit" c JOIN "Person" p ON p.id = c."personId" WHERE c."filmId" = ${filmId}
      UNION SELECT 'person', p.slug FROM "CharacterAppearance" a
        JOIN "VoiceCredit" v ON v."appearanceId" = a.id JOIN "Person" p ON p.id = v."personId" WHERE a."filmId" = ${filmId}
      UNION SELECT 'character', ch.slug FROM "CharacterAppearance" a JOIN "Character" ch ON ch.id = a."characterId" WHERE a."filmId" = ${filmId}
      UNION SELECT 'studio', s.slug FROM "FilmCompany" c JOIN "Studio" s ON s.id = c."studioId" WHERE c."filmId" = ${filmId}
      UNION SELECT 'film', f.slug FROM "FilmRelation" r JOIN "Film" f ON f.id = r."toFilmId" WHERE r."fromFilmId" = ${filmId}
      UNION SELECT 'film', f.slug FROM "FilmRelation" r JOIN "Film" f ON f.id = r."fromFilmId" WHERE r."toFilmId" = ${filmId}
      UNION SELECT 'list', i."listId"::text FROM "ListItem" i WHERE i."filmId" = ${filmId}
      UNION SELECT 'season', f."seasonYear" || '-' || lower(f.season::text) FROM "Film" f WHERE f.id = ${filmId} AND f.season IS NOT NULL`,
  },
  PERSON: {
    table: Prisma.raw('"Person"'),
    name: Prisma.raw("name"),
    native: Prisma.raw('"nativeName"'),
    year: Prisma.raw("NULL::int"),
    alsoExpires: [],
    // The films they worked on and the characters they voice.
    neighbours: (personId) => Prisma.sql`
      SELECT 'film' AS kind, f.slug AS key FROM "Credit" c JOIN "Film" f ON f.id = c."filmId" WHERE c."personId" = ${personId}
      UNION SELECT 'film', f.slug FROM "VoiceCredit" v
        JOIN "CharacterAppearance" a ON a.id = v."appearanceId" JOIN "Film" f ON f.id = a."filmId" WHERE v."personId" = ${personId}
      UNION SELECT 'character', ch.slug FROM "VoiceCredit" v
        JOIN "CharacterAppearance" a ON a.id = v."appearanceId" JOIN "Character" ch ON ch.id = a."characterId" WHERE v."personId" = ${personId}`,
  },
  CHARACTER: {
    table: Prisma.raw('"Character"'),
    name: Prisma.raw("name"),
    native: Prisma.raw('"nativeName"'),
    year: Prisma.raw("NULL::int"),
    alsoExpires: [],
    // The films they appear in and the people who voice them.
    neighbours: (characterId) => Prisma.sql`
      SELECT 'film' AS kind, f.slug AS key FROM "CharacterAppearance" a JOIN "Film" f ON f.id = a."filmId" WHERE a."characterId" = ${characterId}
      UNION SELECT 'person', p.slug FROM "CharacterAppearance" a
        JOIN "VoiceCredit" v ON v."appearanceId" = a.id JOIN "Person" p ON p.id = v."personId" WHERE a."characterId" = ${characterId}`,
  },
  STUDIO: {
    table: Prisma.raw('"Studio"'),
    name: Prisma.raw("name"),
    native: Prisma.raw('"nativeName"'),
    year: Prisma.raw("NULL::int"),
    alsoExpires: [],
    // The works that credit it, and the season charts that name it beside the works it animated.
    neighbours: (studioId) => Prisma.sql`
      SELECT DISTINCT 'film' AS kind, f.slug AS key FROM "FilmCompany" c JOIN "Film" f ON f.id = c."filmId" WHERE c."studioId" = ${studioId}
      UNION SELECT 'season', f."seasonYear" || '-' || lower(f.season::text) FROM "FilmCompany" c JOIN "Film" f ON f.id = c."filmId"
        WHERE c."studioId" = ${studioId} AND c.role = 'ANIMATION_PRODUCTION' AND f.season IS NOT NULL`,
  },
};

export function entryTable(entityType: EntityType): EntryTable {
  return TABLES[entityType];
}

/** An entry as generic code shows it: its address and what it is called. */
export type NamedEntry = { id: number; slug: string; name: string };

/** Entries of one kind by id or by slug, in one query. */
export async function findEntries(
  client: Client,
  entityType: EntityType,
  where: { ids: number[] } | { slugs: string[] },
): Promise<NamedEntry[]> {
  const { table, name } = TABLES[entityType];
  const condition = "ids" in where ? Prisma.sql`id = ANY(${where.ids})` : Prisma.sql`slug = ANY(${where.slugs})`;
  if (("ids" in where ? where.ids : where.slugs).length === 0) return [];
  return client.$queryRaw<NamedEntry[]>`SELECT id, slug, ${name} AS name FROM ${table} WHERE ${condition}`;
}

/**
 * Locks the entry's row for the rest of the transaction, so that approvals and reverts of the same
 * entry run one after another and each sees the one before.
 */
export async function lockEntry(tx: Client, entityType: EntityType, entityId: number): Promise<void> {
  await tx.$queryRaw`SELECT id FROM ${TABLES[entityType].table} WHERE id = ${entityId} FOR UPDATE`;
}

/** Marks the entry changed now, which its sitemap entry reports. */
export async function touchEntry(tx: Client, entityType: EntityType, entityId: number): Promise<void> {
  await tx.$executeRaw`UPDATE ${TABLES[entityType].table} SET "updatedAt" = now() WHERE id = ${entityId}`;
}

/** The tags of the entry's own page and of what every change to its kind expires. */
export function ownTags(entityType: EntityType, slug: string): string[] {
  return [cacheTags[entryKind(entityType).key](slug), ...TABLES[entityType].alsoExpires];
}
