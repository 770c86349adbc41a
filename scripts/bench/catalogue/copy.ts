import { once } from "node:events";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";

/** A value as COPY's text format takes it; objects are written as JSON. */
export type CopyValue = string | number | boolean | null | Date | object;

const CHUNK_BYTES = 1 << 20;

/** COPY's text format: backslash, tab, newline and carriage return are escaped, null is \N. */
function encode(value: CopyValue): string {
  if (value === null) return "\\N";
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean") return value ? "t" : "f";
  const text = value instanceof Date ? value.toISOString() : typeof value === "string" ? value : JSON.stringify(value);
  return /[\\\t\n\r]/.test(text)
    ? text.replace(/[\\\t\n\r]/g, (char) =>
        char === "\\" ? "\\\\" : char === "\t" ? "\\t" : char === "\n" ? "\\n" : "\\r",
      )
    : text;
}

/**
 * Streams rows into a table with one COPY, in chunks of about a megabyte, waiting whenever the
 * server is behind. Rows are produced lazily, so even a million never sit in memory as text.
 */
export async function copyRows(
  client: pg.PoolClient | pg.Client,
  table: string,
  columns: readonly string[],
  rows: Iterable<readonly CopyValue[]>,
  onRows?: (count: number) => void,
): Promise<number> {
  const columnList = columns.map((column) => `"${column}"`).join(", ");
  const stream = client.query(copyFrom(`COPY "${table}" (${columnList}) FROM STDIN`));
  const finished = new Promise<void>((resolve, reject) => {
    stream.on("finish", resolve);
    stream.on("error", reject);
  });
  let chunk = "";
  let pending = 0;
  let written = 0;
  const flush = async () => {
    if (chunk === "") return;
    const ok = stream.write(chunk);
    chunk = "";
    onRows?.(pending);
    pending = 0;
    if (!ok) await Promise.race([once(stream, "drain"), finished]);
  };
  for (const row of rows) {
    let line = "";
    for (let index = 0; index < row.length; index += 1) {
      line += (index === 0 ? "" : "\t") + encode(row[index]!);
    }
    chunk += `${line}\n`;
    pending += 1;
    written += 1;
    if (chunk.length >= CHUNK_BYTES) await flush();
  }
  await flush();
  stream.end();
  await finished;
  return written;
}
