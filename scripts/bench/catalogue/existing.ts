import type pg from "pg";
import type { Existing, Named } from "./model";

/** Tables whose ids the run continues after the seed's. */
export const ID_TABLES = [
  "Film",
  "Segment",
  "Person",
  "Credit",
  "Character",
  "CharacterAppearance",
  "VoiceCredit",
  "Release",
  "Alias",
  "Genre",
  "Theme",
  "Concept",
  "Franchise",
  "FilmRelation",
  "User",
  "List",
  "ListItem",
  "Submission",
  "Revision",
] as const;

async function column(client: pg.ClientBase, sql: string): Promise<string[]> {
  const result = await client.query<{ value: string }>(sql);
  return result.rows.map((row) => row.value);
}

async function named(client: pg.ClientBase, table: string, order = "id"): Promise<Named[]> {
  const result = await client.query<Named>(`SELECT id, name, slug FROM "${table}" ORDER BY ${order}`);
  return result.rows;
}

/** What the seed (or anything else) already put in the database. */
export async function readExisting(client: pg.ClientBase): Promise<Existing> {
  const maxIds: Record<string, number> = {};
  const maxima = await client.query<Record<string, number>>(
    `SELECT ${ID_TABLES.map((table) => `(SELECT coalesce(max(id), 0) FROM "${table}")::int AS "${table}"`).join(", ")}`,
  );
  for (const table of ID_TABLES) maxIds[table] = maxima.rows[0]![table]!;
  const films = await client.query<{ id: number; slug: string; title: string }>(
    `SELECT id, slug, title FROM "Film" ORDER BY id`,
  );
  const reviewers = await client.query<{ id: number }>(
    `SELECT id FROM "User" WHERE role IN ('MODERATOR', 'ADMIN') ORDER BY id`,
  );
  return {
    maxIds,
    roles: await named(client, "CreditRole", "position, id"),
    genres: await named(client, "Genre"),
    themes: await named(client, "Theme"),
    concepts: await named(client, "Concept"),
    films: films.rows,
    filmSlugs: new Set(films.rows.map((film) => film.slug)),
    personSlugs: new Set(await column(client, `SELECT slug AS value FROM "Person"`)),
    characterSlugs: new Set(await column(client, `SELECT slug AS value FROM "Character"`)),
    franchiseSlugs: new Set(await column(client, `SELECT slug AS value FROM "Franchise"`)),
    usernames: new Set(await column(client, `SELECT username AS value FROM "User"`)),
    reviewerIds: reviewers.rows.map((row) => row.id),
  };
}
