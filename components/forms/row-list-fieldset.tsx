import { Fragment, type ReactNode } from "react";
import { fieldControlId } from "@/lib/forms/error-summary";

type Props<Row> = {
  /** The rows' prefix in the numbered-rows format (lib/forms/numbered-rows.ts), and the hint's id. */
  name: string;
  legend: string;
  hint: ReactNode;
  /** Messages about the list as a whole, such as "At most 500 credits." */
  errors?: readonly string[];
  rows: readonly Row[];
  /**
   * A row in a fieldset of its own, titled ("Credit 3") and laid out in this grid; without it the
   * rows are bare inputs, one under the other.
   */
  row?: { legend(index: number): string; className: string };
  /** React's key for a row: by default its place. */
  rowKey?: (row: Row, index: number) => string | number;
  renderRow(row: Row, index: number): ReactNode;
  /** After the rows: the datalists their inputs suggest from. */
  children?: ReactNode;
};

/** The shell of every row form: the list's legend, hint and errors, then its rows. */
export function RowListFieldset<Row>({
  name,
  legend,
  hint,
  errors,
  rows,
  row: rowShell,
  rowKey = (_row, index) => index,
  renderRow,
  children,
}: Props<Row>) {
  const hintId = `${name}-hint`;
  return (
    // The error summary links to the list by the id a field of its name would have.
    <fieldset id={fieldControlId(name)} className="space-y-3" aria-describedby={hintId}>
      <legend className="font-medium">{legend}</legend>
      <p id={hintId} className="text-sm text-stone-700">
        {hint}
      </p>
      {errors?.length ? (
        <p role="alert" className="text-sm text-red-800">
          {errors.join(" ")}
        </p>
      ) : null}
      {rows.map((row, index) =>
        rowShell ? (
          <fieldset
            key={rowKey(row, index)}
            className={`grid gap-3 rounded-md border border-stone-200 bg-white p-3 ${rowShell.className}`}
          >
            <legend className="px-1 text-sm font-semibold text-stone-700">{rowShell.legend(index)}</legend>
            {renderRow(row, index)}
          </fieldset>
        ) : (
          <Fragment key={rowKey(row, index)}>{renderRow(row, index)}</Fragment>
        ),
      )}
      {children}
    </fieldset>
  );
}
