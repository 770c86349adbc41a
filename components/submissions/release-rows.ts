export type ReleaseRow = { region: string; title: string; date: string };

/** Empty rows after the releases, so a release can be added without JavaScript. */
export const EMPTY_ROWS = 2;

const ROW_FIELD = /^releases\.(\d+)\.(region|title|date)$/;

const blank = (row: ReleaseRow) => !row.region.trim() && !row.title.trim() && !row.date.trim();

/**
 * The rows to show after a failed post, rebuilt from the posted releases.<n>.* fields. Empty rows
 * are dropped and the rest renumbered, exactly as the section's fromForm does, because the
 * server's error keys ("releases.1.date") count only the rows that were not empty.
 */
export function rowsFromPosted(posted: Record<string, string | undefined>): ReleaseRow[] {
  const rows = new Map<number, ReleaseRow>();
  for (const [name, value] of Object.entries(posted)) {
    const match = ROW_FIELD.exec(name);
    if (!match) continue;
    const index = Number(match[1]);
    const row = rows.get(index) ?? { region: "", title: "", date: "" };
    rows.set(index, { ...row, [match[2] as keyof ReleaseRow]: value ?? "" });
  }
  return [...rows.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, row]) => row)
    .filter((row) => !blank(row));
}

export function withEmptyRows(rows: readonly ReleaseRow[]): ReleaseRow[] {
  const empty = Array.from({ length: EMPTY_ROWS }, () => ({ region: "", title: "", date: "" }));
  return [...rows.map(({ region, title, date }) => ({ region, title, date })), ...empty];
}
