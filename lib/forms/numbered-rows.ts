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

/** The input names of one row's fields: `rowNamer<Link>("links", 0)("site")` is `links.0.site`. */
export function rowNamer<Row>(prefix: string, index: number): (field: keyof Row & string) => string {
  return (field) => rowField(prefix, index, field);
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

/** Every message under a list field and its rows, for a list whose rows have no input of their own. */
export function errorsUnder(errors: Partial<Record<string, string[]>>, field: string): string[] {
  return Object.entries(errors).flatMap(([name, messages]) =>
    name === field || name.startsWith(`${field}.`) ? (messages ?? []) : [],
  );
}

/**
 * Empty rows after the filled ones, so that a row can be added without another round trip: one
 * below a list that has rows, a few (unless the form says otherwise) to start one that has none.
 */
export function emptyRowsAfter(filled: number, whenNone = 3): number {
  return filled > 0 ? 1 : whenNone;
}

/**
 * Without JavaScript, the buttons that arrange rows are submit buttons named `intent`: "Add rows"
 * posts `add-rows:<prefix>` and the count beside it `add-rows-count:<prefix>`; a row's "Move up"
 * posts `move-row:<prefix>:<n>:up`. Such a post saves nothing: the server answers with the form as
 * posted (a moved row's Order changed), and the form adds the rows. With JavaScript the buttons do
 * all this on the page instead.
 */
export const ROW_INTENT = "intent";
export const ADD_ROW_COUNTS = [1, 5, 10] as const;

const ADD_ROWS = "add-rows:";
const ADD_COUNT = "add-rows-count:";
const MOVE_ROW = "move-row:";
/** A list's own way to add several filled rows at once, such as episodes numbered from … to …. */
const ADD_RUN = "add-run:";

export type Direction = "up" | "down";

export const addRowsIntent = (prefix: string) => `${ADD_ROWS}${prefix}`;
export const addCountName = (prefix: string) => `${ADD_COUNT}${prefix}`;
export const addRunIntent = (prefix: string) => `${ADD_RUN}${prefix}`;
export const moveRowIntent = (prefix: string, index: number, direction: Direction) =>
  `${MOVE_ROW}${prefix}:${index}:${direction}`;

/** Whether the post only arranged rows, so that it is answered before any validation. */
export function arrangesRows(posted: Record<string, string | undefined>): boolean {
  const intent = posted[ROW_INTENT] ?? "";
  return intent.startsWith(ADD_ROWS) || intent.startsWith(MOVE_ROW) || intent.startsWith(ADD_RUN);
}

/**
 * The post with the row its Move button named given an Order half a place beyond its neighbour's,
 * so that the rows read back in their new order; a button naming no row changes nothing.
 */
export function withRowMoved<Fields extends Record<string, string | undefined>>(posted: Fields): Fields {
  const move = /^move-row:(.+):(\d{1,3}):(up|down)$/.exec(posted[ROW_INTENT] ?? "");
  if (!move) return posted;
  const [, prefix = "", number = "", direction] = move;
  const field = rowField(prefix, Number(number), "order");
  if (!(field in posted)) return posted;
  const typed = Number(posted[field]?.trim() || Number.NaN);
  const place = Number.isFinite(typed) ? typed : Number(number) + 1;
  return { ...posted, [field]: String(direction === "up" ? place - 1.5 : place + 1.5) };
}

/** How many empty rows the post asked to add below these rows: none unless it was their button. */
export function requestedRows(posted: Record<string, string | undefined> | null, prefix: string): number {
  if (posted?.[ROW_INTENT] !== addRowsIntent(prefix)) return 0;
  const count = Number(posted[addCountName(prefix)]);
  return ADD_ROW_COUNTS.find((allowed) => allowed === count) ?? 1;
}

/** The posted fields without the add-rows button and counts, which belong to no section. */
export function withoutRowControls<Fields extends Record<string, string | undefined>>(posted: Fields): Fields {
  return Object.fromEntries(
    Object.entries(posted).filter(([name]) => name !== ROW_INTENT && !name.startsWith(ADD_COUNT)),
  ) as Fields;
}

/** The rows with the one at `from` taken out and put back at `to`; a place outside the list changes nothing. */
export function moveRow<Row>(rows: readonly Row[], from: number, to: number): Row[] {
  const inside = (place: number) => Number.isInteger(place) && place >= 0 && place < rows.length;
  if (!inside(from) || !inside(to) || from === to) return [...rows];
  const moved = [...rows];
  const [row] = moved.splice(from, 1);
  moved.splice(to, 0, row as Row);
  return moved;
}
