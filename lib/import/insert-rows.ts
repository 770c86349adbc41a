import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * A column written by `insertRows`: a parameter of its PostgreSQL type, an expression over the
 * row's parameters (`sql`, naming them `row."column"`), or both: the parameter, then made into the
 * column's value by the expression.
 */
export type Column = { type: string; sql?: string } | { sql: string };

/**
 * Inserts rows in one statement of one array parameter per column (`INSERT … SELECT FROM
 * unnest($1::int[], $2::text[]…)`): a thousand rows cost about what one does, where Prisma's
 * createMany spends seconds building and binding thousands of parameters. Table and column names
 * come from the code, never from data. Returns the `returning` columns of the rows, in order.
 */
export async function insertRows<Returned = never>(
  tx: Prisma.TransactionClient,
  table: string,
  columns: Record<string, Column>,
  rows: readonly Record<string, unknown>[],
  returning?: string,
): Promise<Returned[]> {
  if (rows.length === 0) return [];
  const params = Object.entries(columns).filter((entry): entry is [string, { type: string }] => "type" in entry[1]);
  const names = Object.keys(columns).map((name) => `"${name}"`);
  const values = Object.entries(columns).map(([name, column]) => column.sql ?? `row."${name}"`);
  const unnest = params.map(([, column], index) => `$${index + 1}::${column.type}[]`);
  const aliases = params.map(([name]) => `"${name}"`);
  const sql =
    `INSERT INTO "${table}" (${names.join(", ")}) SELECT ${values.join(", ")} ` +
    `FROM unnest(${unnest.join(", ")}) AS row(${aliases.join(", ")})` +
    (returning ? ` RETURNING ${returning}` : "");
  const arrays = params.map(([name, column]) =>
    rows.map((row) => (column.type === "jsonb" && row[name] !== null ? JSON.stringify(row[name]) : row[name])),
  );
  if (returning) return tx.$queryRawUnsafe<Returned[]>(sql, ...arrays);
  await tx.$executeRawUnsafe(sql, ...arrays);
  return [];
}
