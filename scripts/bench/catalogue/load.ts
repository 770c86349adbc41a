import type { CopyValue } from "./copy";

export type Row = readonly CopyValue[];

/** One table's rows for one COPY: what the progress bar counts and what is streamed. */
export type Load = {
  table: string;
  columns: readonly string[];
  /** How many rows `rows` yields, for the progress bar. */
  total: number;
  rows: Iterable<Row>;
};

/** The rows for indexes 0..count-1, made lazily so a million are never in memory at once. */
export function* rowsFor(count: number, row: (index: number) => Row): Generator<Row> {
  for (let index = 0; index < count; index += 1) yield row(index);
}

/** Each item's child rows, in order. */
export function* childRows<T>(items: readonly T[], rows: (item: T, index: number) => Iterable<Row>): Generator<Row> {
  for (let index = 0; index < items.length; index += 1) yield* rows(items[index]!, index);
}
