import "server-only";
import { can } from "@/lib/auth/policy";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/session";
import { getOwnListsForFilm } from "@/lib/lists/queries";
import { countPendingEdits } from "@/lib/submissions/queries";

/**
 * What a signed-in reader sees on pages that are otherwise the same for everyone. Cached pages
 * fetch it after loading, so personal parts never make a public page dynamic.
 */
export type Viewer = {
  username: string;
  displayName: string;
  canReview: boolean;
  canListUsers: boolean;
} | null;

export type FilmViewer = {
  viewer: NonNullable<Viewer>;
  pendingEdits: number;
  ownLists: { id: number; title: string; hasFilm: boolean }[];
} | null;

const viewerOf = (user: CurrentUser): NonNullable<Viewer> => ({
  username: user.username,
  displayName: user.displayName,
  canReview: can(user, "submission:review"),
  canListUsers: can(user, "user:list"),
});

export async function getViewer(): Promise<Viewer> {
  const user = await getCurrentUser();
  return user && viewerOf(user);
}

/** The reader's own lists and pending edits for one film; null when signed out. */
export async function getFilmViewer(filmId: number): Promise<FilmViewer> {
  const user = await getCurrentUser();
  if (!user) return null;
  const [pendingEdits, ownLists] = await Promise.all([
    countPendingEdits(filmId, user),
    getOwnListsForFilm(user.id, filmId),
  ]);
  return { viewer: viewerOf(user), pendingEdits, ownLists };
}
