import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { FilmHistoryView } from "@/components/revisions/film-history-view";
import { can } from "@/lib/auth/policy";
import { getCurrentUser } from "@/lib/auth/session";
import {
  decodeChangesCursor,
  getFilmHistory,
  getHistoryFilm,
  getRevertNotice,
  RevisionIdParamSchema,
} from "@/lib/revisions/queries";
import { decodedParams } from "@/lib/http/route-params";

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ before?: string | string[]; reverted?: string | string[] }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const film = await getHistoryFilm((await decodedParams(params)).slug);
  return { title: film ? `History of ${film.title}` : "Film not found" };
}

export default async function FilmHistoryRoute({ params, searchParams }: Props) {
  const film = await getHistoryFilm((await decodedParams(params)).slug);
  if (!film) notFound();
  const query = await searchParams;
  const cursor = decodeChangesCursor(query.before);
  // The revert confirmation comes back here; the message is read from the revision itself.
  const reverted = RevisionIdParamSchema.safeParse(query.reverted);
  const [history, user, notice] = await Promise.all([
    getFilmHistory(film.id, cursor),
    getCurrentUser(),
    reverted.success ? getRevertNotice(film.id, reverted.data) : null,
  ]);
  return (
    <FilmHistoryView
      film={film}
      history={history}
      canRevert={can(user, "revision:revert")}
      paged={cursor !== null}
      notice={notice}
    />
  );
}
