/** How to count and read the rows of one segment of a listing, in the listing's order. */
export type SegmentReader<Where, Row> = {
  count: (where: Where) => Promise<number>;
  rows: (where: Where, skip: number, take: number) => Promise<Row[]>;
};

/**
 * One page of a listing made of segments that follow one another in its order (the upper-case
 * then the lower-case run of a letter; the films of known year, then the others), each read by
 * an index range on its own. The database then never scans one range while filtering out
 * another, which is what an OR of ranges under ORDER BY ... LIMIT makes it do. The segments are
 * counted at once, then only those the page overlaps are read, at once: two round trips, with
 * one query per segment in each. A single segment is counted and read in one round trip.
 */
export async function pageSegments<Where, Row>(
  segments: readonly Where[],
  reader: SegmentReader<Where, Row>,
  skip: number,
  take: number,
): Promise<{ rows: Row[]; total: number }> {
  const [only] = segments;
  if (segments.length === 1 && only !== undefined) {
    const [rows, total] = await Promise.all([reader.rows(only, skip, take), reader.count(only)]);
    return { rows, total };
  }
  const counts = await Promise.all(segments.map((where) => reader.count(where)));
  const reads: Promise<Row[]>[] = [];
  let start = 0;
  segments.forEach((where, index) => {
    const count = counts[index] ?? 0;
    const from = Math.max(skip - start, 0);
    const to = Math.min(skip + take - start, count);
    if (from < to) reads.push(reader.rows(where, from, to - from));
    start += count;
  });
  const rows = (await Promise.all(reads)).flat();
  return { rows, total: start };
}
