import { MAX_PAGE } from "./schema";

/** One page of a listing, and enough about the whole to number the pages. */
export type Paged<Row> = {
  rows: Row[];
  /** Rows in the whole filtered set. */
  total: number;
  /** The page asked for; it may lie past `pageCount`, and then `rows` is empty. */
  page: number;
  /** Pages that can be reached: never more than `MAX_PAGE`. */
  pageCount: number;
  pageSize: number;
  /** True when the set holds more rows than the reachable pages show. */
  capped: boolean;
};

export function offsetOf(page: number, pageSize: number): number {
  return (page - 1) * pageSize;
}

export function paged<Row>(rows: Row[], total: number, page: number, pageSize: number): Paged<Row> {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return { rows, total, page, pageCount: Math.min(pages, MAX_PAGE), pageSize, capped: pages > MAX_PAGE };
}

/**
 * The page numbers a pager shows: the first, the last, and `reach` either side of the current
 * page, with `null` where numbers are left out. A gap of one number shows the number instead.
 */
export function pageWindow(current: number, pageCount: number, reach = 2): (number | null)[] {
  const shown = new Set([1, pageCount]);
  for (let page = current - reach; page <= current + reach; page += 1) {
    if (page >= 1 && page <= pageCount) shown.add(page);
  }
  const pages = [...shown].sort((a, b) => a - b);
  const window: (number | null)[] = [];
  pages.forEach((page, index) => {
    const previous = pages[index - 1];
    if (previous !== undefined && page - previous === 2) window.push(page - 1);
    else if (previous !== undefined && page - previous > 2) window.push(null);
    window.push(page);
  });
  return window;
}
