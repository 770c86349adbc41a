/** Rows per statement: well under PostgreSQL's 65,535 bind parameters for any table written here. */
export const CHUNK = 1_000;

/** Calls `write` on consecutive slices of `rows`, in order, and returns what the calls returned, flattened. */
export async function inChunks<Row, Result>(
  rows: readonly Row[],
  write: (chunk: Row[]) => Promise<Result[]>,
  onChunk?: (count: number) => void,
): Promise<Result[]> {
  const results: Result[] = [];
  for (let start = 0; start < rows.length; start += CHUNK) {
    const chunk = rows.slice(start, start + CHUNK);
    results.push(...(await write(chunk)));
    onChunk?.(chunk.length);
  }
  return results;
}
