import type { Metadata } from "next";
import Link from "next/link";
import { ListDetailsForm } from "@/components/lists/list-details-form";
import { requireUser } from "@/lib/auth/session";
import { parseId } from "@/lib/ids";
import { createListAction, startListWithFilmAction } from "@/lib/lists/actions";
import { getFilmToStartList } from "@/lib/lists/queries";
import { newListWithFilmHref } from "@/lib/lists/started-list";

export const metadata: Metadata = { title: "New list" };

type Props = { searchParams: Promise<{ film?: string | string[] }> };

const EMPTY = { title: "", description: "", ranked: true, visibility: "PUBLIC" };

/** A new list; from a film's page (`?film=<id>`), one that starts with that film and returns there. */
export default async function NewListRoute({ searchParams }: Props) {
  const { film: filmParam } = await searchParams;
  const filmId = parseId(typeof filmParam === "string" ? filmParam : null);
  await requireUser(filmId ? newListWithFilmHref(filmId) : "/lists/new");
  const film = filmId ? await getFilmToStartList(filmId) : null;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">New list</h1>
      {film ? (
        <p>
          The list will start with <Link href={`/films/${film.slug}`}>{film.title}</Link>, and you will be taken back to
          its page.
        </p>
      ) : null}
      <ListDetailsForm
        action={film ? startListWithFilmAction.bind(null, film.id) : createListAction}
        initial={EMPTY}
        submitLabel="Create list"
      />
    </div>
  );
}
