import Link from "next/link";
import { ActionForm } from "@/components/forms/action-form";
import { AddFilmForm } from "./add-film-form";
import { ListItemRow, moveButtonId } from "./list-item-row";
import { RefusalMessage } from "./refusal-message";
import { RestoreFocus } from "./restore-focus";
import { Pagination } from "@/components/browse/pagination";
import { ResultSummary } from "@/components/browse/result-summary";
import { offsetOf } from "@/lib/browse/pagination";
import { EmptyState, Section } from "@/components/ui/section";
import { addFilmByTitleAction } from "@/lib/lists/actions";
import { toggleListLikeAction } from "@/lib/lists/item-actions";
import { controlAfterMove, parseMoved } from "@/lib/lists/moves";
import { listPageHref } from "@/lib/lists/paging";
import type { ListPage } from "@/lib/lists/queries";
import { countOf } from "@/lib/format/counts";

const VISIBILITY_LABELS = { PUBLIC: "Public", UNLISTED: "Unlisted", PRIVATE: "Private" } as const;

type Props = {
  list: ListPage;
  /** Who is looking: the owner edits, anyone else signed in may like; null when signed out. */
  viewer: { isOwner: boolean } | null;
  /** The last move, from the page's address ("12-up"), so that it is announced even without JS. */
  moved: string | undefined;
  /** Why the last button pressed changed nothing, from the page's address. */
  refused: string | null;
};

/** The rank (1 for the first) of the page's film at `index`. */
const rankOf = (list: ListPage, index: number) => offsetOf(list.items.page, list.items.pageSize) + index + 1;

/** The film the last move left on this page: what to announce, and which of its buttons keeps the focus. */
function lastMove(list: ListPage, moved: string | undefined) {
  const move = parseMoved(moved);
  const { rows, total } = list.items;
  const index = rows.findIndex((item) => item.id === move?.itemId);
  if (!move || index < 0) return null;
  const rank = rankOf(list, index);
  return {
    itemId: move.itemId,
    announcement: `${rows[index]!.film.title} moved ${move.direction}, now number ${rank} of ${total}.`,
    control: controlAfterMove(move.direction, rank, total),
    // Changes with every move, even of the same film the same way, so the focus is set again each time.
    key: `${moved}@${rank}`,
  };
}

export function ListPageView({ list, viewer, moved, refused }: Props) {
  const count = list.items.total;
  const move = lastMove(list, moved);
  const editable = viewer?.isOwner === true;
  return (
    <article className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">{list.title}</h1>
        {refused ? <RefusalMessage>{refused}</RefusalMessage> : null}
        <p className="text-stone-800">
          a list of {countOf(count, "item")} by{" "}
          <Link href={`/users/${list.owner.username}`}>{list.owner.displayName}</Link>
          {list.visibility !== "PUBLIC" ? <> · {VISIBILITY_LABELS[list.visibility]}</> : null}
        </p>
        {list.description ? <p className="max-w-3xl whitespace-pre-line">{list.description}</p> : null}
        <div className="flex flex-wrap items-center gap-4">
          <span>{countOf(list.likeCount, "like")}</span>
          {viewer && !viewer.isOwner ? (
            <ActionForm action={toggleListLikeAction.bind(null, list.id, !list.likedByViewer)}>
              <button type="submit" className="rounded-md border border-stone-400 px-3 py-1 font-medium">
                {list.likedByViewer ? "Unlike" : "Like"}
              </button>
            </ActionForm>
          ) : null}
          {editable ? (
            <>
              <Link href={`/lists/${list.id}/edit`}>Edit details</Link>
              {count > 1 ? <Link href={`/lists/${list.id}/order`}>Set the order</Link> : null}
              <Link href={`/lists/${list.id}/delete`}>Delete list</Link>
            </>
          ) : null}
        </div>
      </header>
      <p role="status" aria-live="polite" className="sr-only">
        {move?.announcement}
      </p>
      {move && editable ? <RestoreFocus key={move.key} id={moveButtonId(move.itemId, move.control)} /> : null}
      <Section id="films" title="Films">
        {count === 0 ? (
          <EmptyState>This list has no films yet.</EmptyState>
        ) : (
          <>
            <ResultSummary
              result={list.items}
              noun="films"
              singular="film"
              lastPageHref={listPageHref(list.id, list.items.pageCount)}
            />
            <ol start={rankOf(list, 0)} className="space-y-2">
              {list.items.rows.map((item, index) => {
                const rank = rankOf(list, index);
                return (
                  <ListItemRow
                    key={item.id}
                    listId={list.id}
                    item={item}
                    rank={list.ranked ? rank : null}
                    isFirst={rank === 1}
                    isLast={rank === count}
                    editable={editable}
                    focused={move?.itemId === item.id ? move.control : null}
                  />
                );
              })}
            </ol>
          </>
        )}
        <Pagination
          page={list.items.page}
          pageCount={list.items.pageCount}
          hrefFor={(page) => listPageHref(list.id, page)}
          label="Pages of this list"
        />
      </Section>
      {editable ? (
        <Section id="add-film" title="Add a film">
          <AddFilmForm action={addFilmByTitleAction.bind(null, list.id)} />
        </Section>
      ) : null}
    </article>
  );
}
