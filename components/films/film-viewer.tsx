"use client";

import type { Route } from "next";
import Link from "next/link";
import { createContext, Suspense, useContext, type ReactNode } from "react";
import { AddToListForm } from "@/components/lists/add-to-list-form";
import { ListStartedMessage, ListStartedNoscript } from "@/components/lists/list-started-message";
import { PendingEditsNotice } from "@/components/submissions/pending-edits-notice";
import { usePrivateJson } from "@/components/viewer/use-private-json";
import { addFilmToListAction } from "@/lib/lists/actions";
import { newListWithFilmHref } from "@/lib/lists/started-list";
import type { FilmViewer } from "@/lib/viewer/queries";

/** `noun` is what sentences call the work: "film", "TV series" (lib/format/work.ts). */
type Film = { id: number; slug: string; noun: string };

const FilmViewerContext = createContext<{ film: Film; viewer: FilmViewer | undefined } | null>(null);

/** The reader's own lists and pending edits of this film, fetched once the cached page has loaded. */
export function FilmViewerProvider({ film, children }: { film: Film; children: ReactNode }) {
  const viewer = usePrivateJson<FilmViewer>(`/api/viewer/films/${film.id}`);
  return <FilmViewerContext value={{ film, viewer }}>{children}</FilmViewerContext>;
}

function useFilmViewer() {
  const context = useContext(FilmViewerContext);
  if (!context) throw new Error("useFilmViewer needs a FilmViewerProvider");
  return context;
}

export function FilmPendingEdits() {
  const { film, viewer } = useFilmViewer();
  if (!viewer) return null;
  return (
    <PendingEditsNotice
      count={viewer.pendingEdits}
      reviewer={viewer.viewer.canReview}
      username={viewer.viewer.username}
      filmSlug={film.slug}
    />
  );
}

/**
 * "Add to list" for a signed-in reader, and "Start a list" with this film. Until the reader is known,
 * and always without JavaScript, a link to the page that does the same.
 */
export function FilmAddToList() {
  const { film, viewer } = useFilmViewer();
  if (viewer === undefined) {
    return (
      <>
        <ListStartedNoscript />
        <p className="text-sm">
          <Link href={`/films/${film.slug}/add-to-list` as Route}>Add this {film.noun} to one of your lists</Link>
        </p>
      </>
    );
  }
  if (viewer === null) return null;
  const href = newListWithFilmHref(film.id);
  return (
    <>
      <Suspense>
        <ListStartedMessage lists={viewer.ownLists} />
      </Suspense>
      {viewer.ownLists.length === 0 ? (
        <p className="text-sm">
          <Link href={href}>Start a list</Link> with this {film.noun}.
        </p>
      ) : (
        <>
          <AddToListForm action={addFilmToListAction.bind(null, film.id)} lists={viewer.ownLists} />
          <p className="text-sm">
            Or <Link href={href}>start a new list</Link> with this {film.noun}.
          </p>
        </>
      )}
    </>
  );
}
