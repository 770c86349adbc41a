/** PostgreSQL's int4 holds every id; a larger number names no row and would fail the query. */
export const MAX_ID = 2_147_483_647;

/**
 * A route's id segment as a row id, or null for anything that cannot name one: only plain decimal
 * digits from 1 to 2³¹−1, so "1e3", " 7", "0x10" or "007" are not ids either.
 */
export function parseId(value: string | null | undefined): number | null {
  if (!value || !/^[1-9]\d{0,9}$/.test(value)) return null;
  const id = Number(value);
  return id <= MAX_ID ? id : null;
}
