import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { FilmHistoryView } from "@/components/revisions/film-history-view";
import { can } from "@/lib/auth/policy";
import { getCurrentUser } from "@/lib/auth/session";
import { decodeChangesCursor, getFilmHistory, getHistoryFilm } from "@/lib/revisions/queries";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ before?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const film = await getHistoryFilm((await params).slug);
  return { title: film ? `History of ${film.title}` : "Film not found" };
}

export default async function FilmHistoryRoute({ params, searchParams }: Props) {
  const film = await getHistoryFilm((await params).slug);
  if (!film) notFound();
  const cursor = decodeChangesCursor((await searchParams).before);
  const [history, user] = await Promise.all([getFilmHistory(film.id, cursor), getCurrentUser()]);
  return (
    <FilmHistoryView film={film} history={history} canRevert={can(user, "revision:revert")} paged={cursor !== null} />
  );
}
