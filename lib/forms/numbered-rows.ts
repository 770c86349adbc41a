/**
 * The one wire format of forms that hold a list of rows: each input is named
 * `<prefix>.<n>.<field>` ("credits.3.person"), or `<prefix>.<n>` when a row is a single input
 * ("aliases.3"). A row may hold rows of its own ("characters.2.voices.1.person"). Servers read
 * the posted rows back with `postedRows`, and forms rebuild a failed post with the same reading,
 * because the server's error keys count the rows as it read them.
 */

/** At most three digits unless a form says otherwise: no section holds a thousand rows. */
const ROW_DIGITS = 3;

const ROW_NUMBER = /^\d+$/;

/** An input's name: `rowField("credits", 3, "person")` is "credits.3.person". */
export function rowField(prefix: string, index: number, field?: string): string {
  return field === undefined ? `${prefix}.${index}` : `${prefix}.${index}.${field}`;
}

/**
 * A pattern (without anchors) matching exactly the inputs of these rows, for refusing anything
 * else that is posted. `fields` are plain names or, for rows inside rows, another `rowNames`;
 * none means each row is one input.
 */
export function rowNames(prefix: string, fields: readonly string[] = [], digits = ROW_DIGITS): string {
  const row = `${prefix.replaceAll(".", "\\.")}\\.\\d{1,${digits}}`;
  return fields.length === 0 ? row : `${row}\\.(?:${fields.join("|")})`;
}

/** One posted row: its number, the named fields (empty when not posted), and its other inputs by what follows the number. */
export type PostedRow<Field extends string> = {
  index: number;
  values: Record<Field, string>;
  inner: Record<string, string>;
};

/** The number of a `<prefix>.<n>…` name and what follows it, or null for any other name. */
function splitName(name: string, prefix: string, digits: number): { index: number; rest: string | null } | null {
  if (!name.startsWith(`${prefix}.`)) return null;
  const [number = "", ...rest] = name.slice(prefix.length + 1).split(".");
  if (!ROW_NUMBER.test(number) || number.length > digits) return null;
  return { index: Number(number), rest: rest.length > 0 ? rest.join(".") : null };
}

/**
 * The posted `<prefix>.<n>.<field>` rows in row-number order; numbers may have gaps, and a name
 * whose number is not one to `digits` digits belongs to no row. Callers drop the empty rows.
 */
export function postedRows<Field extends string>(
  posted: Record<string, string | undefined>,
  prefix: string,
  fields: readonly Field[],
  digits = ROW_DIGITS,
): PostedRow<Field>[] {
  const rows = new Map<number, PostedRow<Field>>();
  const blank = () => Object.fromEntries(fields.map((field) => [field, ""])) as Record<Field, string>;
  for (const [name, value = ""] of Object.entries(posted)) {
    const split = splitName(name, prefix, digits);
    if (!split?.rest) continue;
    const row = rows.get(split.index) ?? { index: split.index, values: blank(), inner: {} };
    if ((fields as readonly string[]).includes(split.rest)) row.values[split.rest as Field] = value;
    else row.inner[split.rest] = value;
    rows.set(split.index, row);
  }
  return [...rows.values()].sort((a, b) => a.index - b.index);
}

/** The posted `<prefix>.<n>` single-input rows' values, in row-number order. */
export function postedValues(posted: Record<string, string | undefined>, prefix: string): string[] {
  const values = new Map<number, string>();
  for (const [name, value = ""] of Object.entries(posted)) {
    const split = splitName(name, prefix, ROW_DIGITS);
    if (split && split.rest === null) values.set(split.index, value);
  }
  return [...values.entries()].sort(([a], [b]) => a - b).map(([, value]) => value);
}
