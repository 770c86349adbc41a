import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { FilmPageView } from "@/components/films/film-page-view";
import { can } from "@/lib/auth/policy";
import { getCurrentUser } from "@/lib/auth/session";
import { getFilmPage } from "@/lib/films/queries";
import { getTopEditors } from "@/lib/films/top-editors";
import { getOwnListsForFilm, getTopListsForFilm } from "@/lib/lists/queries";
import { countPendingEdits } from "@/lib/submissions/queries";
import { resolveWikiLinks } from "@/lib/wiki/resolve";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connection();
  const film = await getFilmPage((await params).slug);
  if (!film) return { title: "Film not found" };
  return {
    title: film.year ? `${film.title} (${film.year})` : film.title,
    description: film.deck,
    alternates: { canonical: `/films/${film.slug}` },
    openGraph: { type: "video.movie", title: film.title, description: film.deck, url: `/films/${film.slug}` },
  };
}

export default async function FilmRoute({ params }: Props) {
  await connection();
  const film = await getFilmPage((await params).slug);
  if (!film) notFound();
  const viewer = await getCurrentUser();
  const [links, topLists, topEditors, pendingCount, ownLists] = await Promise.all([
    resolveWikiLinks(film.description),
    getTopListsForFilm(film.id),
    getTopEditors(film.id),
    countPendingEdits(film.id, viewer),
    viewer ? getOwnListsForFilm(viewer.id, film.id) : null,
  ]);
  const pendingEdits = viewer
    ? { count: pendingCount, reviewer: can(viewer, "submission:review"), username: viewer.username }
    : null;
  return (
    <FilmPageView
      film={film}
      links={links}
      topLists={topLists}
      topEditors={topEditors}
      ownLists={ownLists && { filmId: film.id, lists: ownLists }}
      pendingEdits={pendingEdits}
    />
  );
}
