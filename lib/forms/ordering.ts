/**
 * Rows in the order their "Order" inputs ask for: a row with a number goes there (0 first, 1.5
 * between the first and the second), a row without one keeps its place; ties keep row order.
 */
export function byOrderInput<Row>(rows: readonly { index: number; order: string; row: Row }[]): Row[] {
  const rank = ({ index, order }: { index: number; order: string }) => {
    const wanted = order.trim() === "" ? Number.NaN : Number(order);
    return Number.isFinite(wanted) ? wanted : index + 1;
  };
  return [...rows].sort((a, b) => rank(a) - rank(b) || a.index - b.index).map(({ row }) => row);
}
