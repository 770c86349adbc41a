import Link from "next/link";
import { ActionForm } from "@/components/forms/action-form";
import { FilmThumbnail } from "@/components/films/film-thumbnail";
import { ItemNoteForm } from "./item-note-form";
import { updateItemNoteAction } from "@/lib/lists/actions";
import { moveListItemAction, removeListItemAction } from "@/lib/lists/item-actions";
import type { MoveDirection } from "@/lib/lists/moves";
import type { ListPage } from "@/lib/lists/queries";

type Item = ListPage["items"]["rows"][number];

/** The id of an item's "Move up" or "Move down" button, which keeps the focus after a move. */
export const moveButtonId = (itemId: number, direction: MoveDirection) => `move-${direction}-${itemId}`;

const MOVES = [
  { direction: "up", label: "Move up" },
  { direction: "down", label: "Move down" },
] as const;

const buttonClass = "rounded border border-stone-400 px-2 py-1 text-sm hover:bg-stone-100 disabled:opacity-50";

export function ListItemRow({
  listId,
  item,
  rank,
  isFirst,
  isLast,
  editable,
  focused,
}: {
  listId: number;
  item: Item;
  rank: number | null;
  isFirst: boolean;
  isLast: boolean;
  editable: boolean;
  /** The move button to focus on load: the one pressed last, on the film it moved. */
  focused: MoveDirection | null;
}) {
  const { film } = item;
  return (
    <li id={`item-${item.id}`} className="list-entry">
      <FilmThumbnail film={film} />
      <div>
        <div>
          {rank !== null ? <span className="font-mono text-stone-600">{rank}.</span> : null}
          <Link href={`/films/${film.slug}`}>{film.title}</Link>
          {film.year ? <span className="muted">{film.year}</span> : null}
        </div>
        {item.note ? <p className="text-sm text-stone-800">{item.note}</p> : null}
        {editable ? (
          <div className="flex flex-wrap items-start gap-2">
            {MOVES.map(({ direction, label }) => (
              <ActionForm key={direction} action={moveListItemAction.bind(null, listId, item.id, direction)}>
                <button
                  id={moveButtonId(item.id, direction)}
                  type="submit"
                  className={buttonClass}
                  disabled={direction === "up" ? isFirst : isLast}
                  autoFocus={focused === direction}
                  aria-label={`Move ${film.title} ${direction}`}
                >
                  {label}
                </button>
              </ActionForm>
            ))}
            <ActionForm action={removeListItemAction.bind(null, listId, item.id)}>
              <button type="submit" className={buttonClass} aria-label={`Remove ${film.title}`}>
                Remove
              </button>
            </ActionForm>
            <ItemNoteForm
              action={updateItemNoteAction.bind(null, listId, item.id)}
              note={item.note}
              filmTitle={film.title}
              itemId={item.id}
            />
          </div>
        ) : null}
      </div>
    </li>
  );
}
