"use client";

import type { Route } from "next";
import Link from "next/link";
import { createContext, useContext, type ReactNode } from "react";
import { AddToListForm } from "@/components/lists/add-to-list-form";
import { PendingEditsNotice } from "@/components/submissions/pending-edits-notice";
import { usePrivateJson } from "@/components/viewer/use-private-json";
import { addFilmToListAction } from "@/lib/lists/actions";
import type { FilmViewer } from "@/lib/viewer/queries";

type Film = { id: number; slug: string };

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
 * "Add to list" for a signed-in reader. Until the reader is known, and always without JavaScript,
 * a link to the page that does the same.
 */
export function FilmAddToList() {
  const { film, viewer } = useFilmViewer();
  if (viewer === undefined) {
    return (
      <p className="text-sm">
        <Link href={`/films/${film.slug}/add-to-list` as Route}>Add this film to one of your lists</Link>
      </p>
    );
  }
  if (viewer === null) return null;
  if (viewer.ownLists.length === 0) {
    return (
      <p className="text-sm">
        <Link href="/lists/new">Start a list</Link> to add this film to it.
      </p>
    );
  }
  return <AddToListForm action={addFilmToListAction.bind(null, film.id)} lists={viewer.ownLists} />;
}
