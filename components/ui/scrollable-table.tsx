import type { ReactNode } from "react";

/**
 * Holds a table that may be wider than a phone's screen: the table scrolls inside the box and the
 * page never grows wider than the screen. The box is a named region in the tab order, so the
 * table can be scrolled by keyboard. `relative` keeps the table's visually hidden text (sr-only,
 * absolutely positioned) inside the box, or it would widen the page from outside it.
 */
export function ScrollableTable({
  label,
  framed = true,
  children,
}: {
  /** Names the region: the table's caption. */
  label: string;
  /** A white box with a border, as listings of rows have; a diff draws its own cells. */
  framed?: boolean;
  children: ReactNode;
}) {
  return (
    <div
      role="region"
      aria-label={label}
      tabIndex={0}
      className={`relative overflow-x-auto ${framed ? "rounded-md border border-stone-200 bg-white" : ""}`}
    >
      {children}
    </div>
  );
}
