"use client";

import { rowField } from "@/lib/forms/numbered-rows";
import Link from "next/link";
import { useState, type DragEvent } from "react";
import { useFormAction } from "@/components/forms/use-form-action";
import { Field } from "@/components/forms/field";
import { FormMessage } from "@/components/forms/form-message";
import { SubmitButton } from "@/components/forms/submit-button";
import type { FormState } from "@/lib/forms/form-state";

type Item = { id: number; film: { title: string; year: number | null } };

const label = (item: Item) => `${item.film.title}${item.film.year ? ` (${item.film.year})` : ""}`;

/**
 * Every item's rank in one form, so a whole new order is one request. Typing ranks works by
 * keyboard and without JavaScript; with it, rows can also be dragged, which renumbers the ranks.
 */
export function ListOrderForm({
  action,
  listId,
  items,
}: {
  action: (previous: FormState | null, formData: FormData) => Promise<FormState>;
  listId: number;
  items: Item[];
}) {
  const [state, formAction] = useFormAction(action, null);
  const failed = state && !state.ok ? state : null;
  const [order, setOrder] = useState(items);
  const [ranks, setRanks] = useState<Record<number, string>>(() =>
    Object.fromEntries(items.map((item, index) => [item.id, String(index + 1)])),
  );
  const [dragged, setDragged] = useState<number | null>(null);
  const [announcement, setAnnouncement] = useState("");

  function drop(event: DragEvent, target: number) {
    event.preventDefault();
    if (dragged === null || dragged === target) return;
    const next = [...order];
    const [moved] = next.splice(dragged, 1);
    next.splice(target, 0, moved!);
    setOrder(next);
    setRanks(Object.fromEntries(next.map((item, index) => [item.id, String(index + 1)])));
    setAnnouncement(`${label(moved!)} moved to rank ${target + 1}.`);
    setDragged(null);
  }

  return (
    <form action={formAction} className="space-y-4">
      <FormMessage state={state} />
      <p role="status" aria-live="polite" className="sr-only">
        {announcement}
      </p>
      <ol className="space-y-2">
        {order.map((item, index) => (
          <li
            key={item.id}
            draggable
            onDragStart={() => setDragged(index)}
            onDragOver={(event) => event.preventDefault()}
            onDrop={(event) => drop(event, index)}
            className="flex cursor-grab items-end gap-3 rounded-md border border-stone-200 bg-white p-3"
          >
            {/* A pointer's grip; keyboard users type the rank instead. */}
            <span aria-hidden="true" data-drag-handle className="self-center px-1 text-xl text-stone-500 select-none">
              ⠿
            </span>
            <input type="hidden" name={rowField("items", index, "id")} value={item.id} />
            <Field
              name={rowField("items", index, "rank")}
              label={`Rank of ${label(item)}`}
              inputMode="decimal"
              maxLength={10}
              value={ranks[item.id] ?? ""}
              onChange={(event) => setRanks({ ...ranks, [item.id]: event.target.value })}
              errors={failed?.fieldErrors[rowField("items", index, "rank")]}
            />
          </li>
        ))}
      </ol>
      <div className="flex items-center gap-4">
        <SubmitButton pendingLabel="Saving the order…">Save order</SubmitButton>
        <Link href={`/lists/${listId}`}>Cancel</Link>
      </div>
    </form>
  );
}
