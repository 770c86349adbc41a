/**
 * The posted values of inputs named <prefix>.<n> (or <prefix>.<n>.<field>), in row order. Rows
 * come back numbered by their inputs, which may have gaps; callers drop the empty ones. Forms
 * rebuild their rows after a failed post the same way, because the server's error keys
 * ("aliases.1", "relations.0.film") count only the rows that were not empty.
 */
export function formRows(fields: Record<string, string | undefined>, prefix: string): Record<string, string>[] {
  const rows = new Map<number, Record<string, string>>();
  const pattern = new RegExp(`^${prefix}\\.(\\d+)(?:\\.(\\w+))?$`);
  for (const [name, value] of Object.entries(fields)) {
    const match = pattern.exec(name);
    if (!match) continue;
    const index = Number(match[1]);
    rows.set(index, { ...rows.get(index), [match[2] ?? "value"]: value ?? "" });
  }
  return [...rows.entries()].sort(([a], [b]) => a - b).map(([, row]) => row);
}
