/** The row the seed looked up under `key`; a missing one means the seed and the database disagree. */
export function needRow<K, V>(map: ReadonlyMap<K, V>, key: K, what: string): V {
  const value = map.get(key);
  if (value === undefined) throw new Error(`Seed: no ${what} "${String(key)}" in the database`);
  return value;
}
