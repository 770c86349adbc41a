import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AddToListForm } from "@/components/lists/add-to-list-form";
import { requireUser } from "@/lib/auth/session";
import { getFilmPage } from "@/lib/films/queries";
import { addFilmToListAction } from "@/lib/lists/actions";
import { getOwnListsForFilm } from "@/lib/lists/queries";
import { newListWithFilmHref } from "@/lib/lists/started-list";
import { decodedParams } from "@/lib/http/route-params";

type Props = { params: Promise<{ slug: string }> };

export const metadata: Metadata = { title: "Add to a list", robots: { index: false } };

/** The film page's "Add to list" as a page of its own: the way there without JavaScript. */
export default async function AddFilmToListRoute({ params }: Props) {
  const { slug } = await decodedParams(params);
  const viewer = await requireUser(`/films/${slug}/add-to-list`);
  const film = await getFilmPage(slug);
  if (!film) notFound();
  const lists = await getOwnListsForFilm(viewer.id, film.id);
  return (
    <div className="max-w-xl space-y-6">
      <h1 className="text-2xl font-bold">Add {film.title} to a list</h1>
      {lists.length > 0 ? <AddToListForm action={addFilmToListAction.bind(null, film.id)} lists={lists} /> : null}
      <p>
        {lists.length > 0 ? (
          <>
            Or <Link href={newListWithFilmHref(film.id)}>start a new list</Link> with this film.
          </>
        ) : (
          <>
            <Link href={newListWithFilmHref(film.id)}>Start a list</Link> with this film.
          </>
        )}
      </p>
      <p>
        <Link href={`/films/${film.slug}`}>Back to {film.title}</Link>
      </p>
    </div>
  );
}
