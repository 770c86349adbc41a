import type pg from "pg";

export type IndexDefinition = { name: string; definition: string };

/**
 * Drops the secondary indexes of the tables about to be loaded and returns how to build them
 * again. Building an index once over a million sorted rows is far quicker than updating it a
 * row at a time, whose random writes outgrow the buffer cache at scale 1. Primary keys stay:
 * ids arrive in order, so they only ever append.
 */
export async function dropSecondaryIndexes(
  client: pg.ClientBase,
  tables: readonly string[],
): Promise<IndexDefinition[]> {
  const { rows } = await client.query<IndexDefinition>(
    `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS definition
     FROM pg_index i
     JOIN pg_class t ON t.oid = i.indrelid
     JOIN pg_namespace n ON n.oid = t.relnamespace
     WHERE n.nspname = current_schema() AND t.relname = ANY($1)
       AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
     ORDER BY t.relname, i.indexrelid::regclass::text`,
    [tables],
  );
  for (const index of rows) await client.query(`DROP INDEX ${index.name}`);
  return rows;
}

/** Builds the dropped indexes again; a unique one that the new rows break fails here, loudly. */
export async function restoreIndexes(
  client: pg.ClientBase,
  indexes: readonly IndexDefinition[],
  onIndex: () => void,
): Promise<void> {
  for (const index of indexes) {
    await client.query(index.definition);
    onIndex();
  }
}
