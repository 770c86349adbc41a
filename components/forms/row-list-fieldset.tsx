"use client";

import {
  useEffect,
  useRef,
  useState,
  useSyncExternalStore,
  type ComponentType,
  type DragEvent,
  type ReactNode,
} from "react";
import { flushSync } from "react-dom";
import { fieldControlId } from "@/lib/forms/error-summary";
import {
  ADD_ROW_COUNTS,
  addCountName,
  addRowsIntent,
  emptyRowsAfter,
  moveRow,
  moveRowIntent,
  requestedRows,
  ROW_INTENT,
  rowField,
  type Direction,
} from "@/lib/forms/numbered-rows";
import { Field } from "./field";
import { usePageAddress } from "./use-form-action";

type Props<Row> = {
  /** The rows' prefix in the numbered-rows format (lib/forms/numbered-rows.ts), and the hint's id. */
  name: string;
  legend: string;
  hint?: ReactNode;
  /** Messages about the list as a whole, such as "At most 500 credits in one submission…" */
  errors?: readonly string[];
  /** The filled rows: the section's, or those of the post that came back. */
  rows: readonly Row[];
  /** What an empty row holds. */
  blank: Row;
  /** The fields of the post that came back, null before any: it may have asked for more rows. */
  posted: Record<string, string | undefined> | null;
  /** What one row is, in words: "credit", "voice actor". */
  noun: string;
  /** Whether the add button offers 1, 5 or 10 rows at a time, or one. */
  several?: boolean;
  /** Empty rows in a list that has none. */
  startEmpty?: number;
  /**
   * A row in a fieldset of its own, titled ("Credit 3") and laid out in this grid; without it the
   * rows are bare inputs, one under the other.
   */
  row?: { legend(index: number): string; className: string };
  /**
   * The rows have an order: each posts `<prefix>.<n>.order`, typed as a number without JavaScript
   * (this hint explains how) and kept in step with Move buttons and dragging with it.
   */
  orderHint?: string;
  legendClassName?: string;
  renderRow(row: Row, index: number): ReactNode;
  /** After the rows: the datalists their inputs suggest from. */
  children?: ReactNode;
  /**
   * A list's own control for adding filled rows (episodes numbered from … to …), shown beside the
   * add button; with JavaScript it calls `append`, which puts the rows in place of the empty ones.
   */
  AddControl?: ComponentType<{ append: (rows: readonly Row[]) => void; scripted: boolean }>;
};

type Item<Row> = { key: string; row: Row; blank: boolean };

type ListState<Row> = {
  /** The post the rows were read from: a new answer starts the list afresh. */
  posted: Record<string, string | undefined> | null;
  items: Item<Row>[];
  /** Keys made so far; each item gets a new one, so an answer renders every row anew. */
  made: number;
};

const subscribeToNothing = () => () => {};

/** False while the page is rendered on the server and hydrated, true once its script runs. */
function useScripted(): boolean {
  return useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );
}

function blanks<Row>(blank: Row, count: number, made: number): Item<Row>[] {
  return Array.from({ length: count }, (_, offset) => ({ key: `row${made + offset}`, row: blank, blank: true }));
}

function listFrom<Row>(
  { rows, blank, posted, name, startEmpty }: Pick<Props<Row>, "rows" | "blank" | "posted" | "name" | "startEmpty">,
  made: number,
): ListState<Row> {
  const filled = rows.map((row, index) => ({ key: `row${made + index}`, row, blank: false }));
  const empty = emptyRowsAfter(rows.length, startEmpty) + requestedRows(posted, name);
  return { posted, items: [...filled, ...blanks(blank, empty, made + rows.length)], made: made + rows.length + empty };
}

/** The first control a person fills in a row: not its Move buttons. */
function focusFirstInput(row: Element | null | undefined) {
  row?.querySelector<HTMLElement>("input:not([type=hidden]), select, textarea")?.focus();
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * The shell of every row form: the list's legend, hint and errors, its rows, and the buttons that
 * add and move rows. Without JavaScript they post the form back with more rows or a row moved, and
 * rows can also be ordered by number; with it, rows are added on the page (the cursor going to the
 * first new one), and moved by their Move buttons (focus stays on the button, the move is
 * announced) or by dragging.
 */
export function RowListFieldset<Row>({
  name,
  legend,
  hint,
  errors,
  rows,
  blank,
  posted,
  noun,
  several = true,
  startEmpty,
  row: rowShell,
  orderHint,
  legendClassName = "font-medium",
  renderRow,
  children,
  AddControl,
}: Props<Row>) {
  const scripted = useScripted();
  const page = usePageAddress();
  const source = { rows, blank, posted, name, startEmpty };
  const [list, setList] = useState(() => listFrom(source, 0));
  if (list.posted !== posted) setList(listFrom(source, list.made));
  const [announcement, setAnnouncement] = useState("");
  const [dragged, setDragged] = useState<string | null>(null);
  const fieldset = useRef<HTMLFieldSetElement>(null);
  const count = useRef<HTMLSelectElement>(null);

  const hintId = `${name}-hint`;
  const newRowId = `${name}-new`;
  const firstBlank = list.items.find((item) => item.blank)?.key;
  // Only this list's own rows: a row may hold a list of its own, whose rows have keys like these.
  const rowElement = (key: string) => fieldset.current?.querySelector(`:scope > [data-row="${key}"]`);

  // "Add a credit" links to the first empty row; put the cursor in it, as a click on it would.
  useEffect(() => {
    if (window.location.hash === `#${newRowId}`) focusFirstInput(document.getElementById(newRowId));
  }, [newRowId]);

  function addRows() {
    const added = several ? Number(count.current?.value ?? 1) : 1;
    const first = `row${list.made}`;
    flushSync(() =>
      setList((current) => ({
        ...current,
        items: [...current.items, ...blanks(blank, added, current.made)],
        made: current.made + added,
      })),
    );
    focusFirstInput(rowElement(first));
  }

  /** Rows still as blank as they started: none of their boxes typed in. */
  const untouched = (key: string) =>
    [
      ...(rowElement(key)?.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(
        "input:not([type=hidden]):not([type=checkbox]), textarea",
      ) ?? []),
    ].every((input) => input.value.trim() === "");

  function appendRows(added: readonly Row[]) {
    if (added.length === 0) return;
    const first = `row${list.made}`;
    flushSync(() =>
      setList((current) => ({
        ...current,
        items: [
          ...current.items.filter((item) => !item.blank || !untouched(item.key)),
          ...added.map((row, offset) => ({ key: `row${current.made + offset}`, row, blank: false })),
          ...blanks(blank, 1, current.made + added.length),
        ],
        made: current.made + added.length + 1,
      })),
    );
    focusFirstInput(rowElement(first));
  }

  function move(from: number, to: number, button?: Direction) {
    const item = list.items[from];
    if (!item || to < 0 || to >= list.items.length || from === to) return;
    flushSync(() => {
      setList((current) => ({ ...current, items: moveRow(current.items, from, to) }));
      setAnnouncement(`${capitalised(noun)} ${from + 1} moved to position ${to + 1}.`);
    });
    if (button) rowElement(item.key)?.querySelector<HTMLElement>(`[data-move="${button}"]`)?.focus();
  }

  function drop(event: DragEvent, to: number) {
    if (dragged === null) return;
    event.preventDefault();
    move(
      list.items.findIndex((item) => item.key === dragged),
      to,
    );
    setDragged(null);
  }

  return (
    // The error summary links to the list by the id a field of its name would have.
    <fieldset
      ref={fieldset}
      id={fieldControlId(name)}
      className="space-y-3"
      aria-describedby={hint ? hintId : undefined}
    >
      <legend className={legendClassName}>{legend}</legend>
      {scripted ? null : (
        // Without JavaScript the buttons below are submit buttons, and Enter in a field presses the
        // form's first one: this one, which saves, as the Save button does.
        <button type="submit" hidden tabIndex={-1} />
      )}
      {hint ? (
        <p id={hintId} className="text-sm text-stone-700">
          {hint}
        </p>
      ) : null}
      {errors?.length ? (
        <p role="alert" className="text-sm text-red-800">
          {errors.join(" ")}
        </p>
      ) : null}
      {list.items.map(({ key, row }, index) => {
        const id = key === firstBlank ? newRowId : undefined;
        return rowShell ? (
          <fieldset
            key={key}
            id={id}
            data-row={key}
            className={`grid scroll-mt-4 gap-3 rounded-md border bg-white p-3 ${
              dragged === key ? "border-stone-500 opacity-60" : "border-stone-200"
            } ${rowShell.className}`}
            onDragOver={(event) => {
              if (dragged !== null) event.preventDefault();
            }}
            onDrop={(event) => drop(event, index)}
          >
            <legend className="px-1 text-sm font-semibold text-stone-700">{rowShell.legend(index)}</legend>
            {orderHint !== undefined ? (
              <RowOrder
                name={name}
                index={index}
                last={index === list.items.length - 1}
                noun={noun}
                orderHint={orderHint}
                scripted={scripted}
                onMove={(to, button) => move(index, to, button)}
                onDragStart={(event) => {
                  event.dataTransfer.effectAllowed = "move";
                  event.dataTransfer.setData("text/plain", key);
                  const row = rowElement(key);
                  if (row) event.dataTransfer.setDragImage(row, 16, 16);
                  setDragged(key);
                }}
                onDragEnd={() => setDragged(null)}
              />
            ) : null}
            {renderRow(row, index)}
          </fieldset>
        ) : (
          <div key={key} id={id} data-row={key}>
            {renderRow(row, index)}
          </div>
        );
      })}
      <div className="flex flex-wrap items-end gap-2">
        {several ? (
          <div className="space-y-1">
            <label htmlFor={`${name}-add-count`} className="block text-sm font-medium">
              Rows to add
            </label>
            <select
              ref={count}
              id={`${name}-add-count`}
              name={addCountName(name)}
              defaultValue={String(ADD_ROW_COUNTS[0])}
              className="rounded-md border border-stone-400 bg-white px-3 py-2"
            >
              {ADD_ROW_COUNTS.map((option) => (
                <option key={option} value={option}>
                  {option}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <button
          // Without JavaScript it posts the form back with more rows; with it, it adds them here.
          type={scripted ? "button" : "submit"}
          name={ROW_INTENT}
          value={addRowsIntent(name)}
          // The page comes back at the first empty row, now the first of the new ones.
          formAction={scripted ? undefined : `${page}#${newRowId}`}
          onClick={scripted ? addRows : undefined}
          className="rounded-md border border-stone-400 bg-white px-4 py-2 font-medium text-stone-900"
        >
          {several ? `Add ${noun} rows` : `Add another ${noun}`}
        </button>
        {AddControl ? <AddControl append={appendRows} scripted={scripted} /> : null}
      </div>
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
      {children}
    </fieldset>
  );
}

/**
 * A row's place: without JavaScript an Order number and Move buttons that post the form back with
 * the row moved; with it, a hidden Order kept in step, Move buttons and a handle to drag.
 */
function RowOrder({
  name,
  index,
  last,
  noun,
  orderHint,
  scripted,
  onMove,
  onDragStart,
  onDragEnd,
}: {
  name: string;
  index: number;
  last: boolean;
  noun: string;
  orderHint: string;
  scripted: boolean;
  onMove(to: number, button: Direction): void;
  onDragStart(event: DragEvent): void;
  onDragEnd(): void;
}) {
  const order = rowField(name, index, "order");
  const buttons = (["up", "down"] as const).map((direction) => (
    <MoveButton
      key={direction}
      direction={direction}
      scripted={scripted}
      value={moveRowIntent(name, index, direction)}
      disabled={direction === "up" ? index === 0 : last}
      onMove={() => onMove(direction === "up" ? index - 1 : index + 1, direction)}
    />
  ));
  return scripted ? (
    <div className="col-span-full flex flex-wrap items-center gap-2">
      <input type="hidden" name={order} value={String(index + 1)} />
      <span
        draggable
        aria-hidden="true"
        title={`Drag to move this ${noun}`}
        className="cursor-grab rounded-md border border-stone-300 px-2 py-1 text-sm text-stone-700 select-none"
        onDragStart={onDragStart}
        onDragEnd={onDragEnd}
      >
        ⠿ Drag
      </span>
      {buttons}
    </div>
  ) : (
    <div className="col-span-full flex flex-wrap items-end gap-2">
      <Field
        name={order}
        label="Order"
        hint={orderHint}
        inputMode="decimal"
        maxLength={8}
        defaultValue={String(index + 1)}
        className="w-24 rounded-md border border-stone-400 bg-white px-3 py-2"
      />
      {buttons}
    </div>
  );
}

/**
 * Moves its row one place. At the end of the list it stays focusable, only marked unavailable, so
 * that focus kept on it after a move is not lost.
 */
function MoveButton({
  direction,
  scripted,
  value,
  disabled,
  onMove,
}: {
  direction: Direction;
  scripted: boolean;
  value: string;
  disabled: boolean;
  onMove(): void;
}) {
  return (
    <button
      type={scripted ? "button" : "submit"}
      name={ROW_INTENT}
      value={value}
      data-move={direction}
      aria-disabled={disabled || undefined}
      onClick={scripted && !disabled ? onMove : undefined}
      className="rounded-md border border-stone-400 bg-white px-3 py-1 text-sm font-medium text-stone-900 aria-disabled:opacity-50"
    >
      {direction === "up" ? "Move up" : "Move down"}
    </button>
  );
}
