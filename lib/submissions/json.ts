/** JSON values as sections hold them. */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** Deep equality of JSON values; key order does not count, since PostgreSQL's jsonb reorders keys. */
export function jsonEqual(a: unknown, b: unknown): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
    );
  }
  return value ?? null;
}
