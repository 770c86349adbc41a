import type { Route } from "next";
import Link from "next/link";
import { EntryHeader } from "@/components/ui/entry-header";
import type { FilmPage } from "@/lib/films/queries";
import { formatLabel } from "@/lib/format/labels";

/**
 * The romanised title under the native one, as MyAnimeList and AniDB show it; a machine's reading
 * says so, and leads to the form where an editor confirms or corrects it.
 */
function RomanisedTitle({ film, editHref }: { film: FilmPage; editHref: Route }) {
  if (!film.romanisedTitle) return null;
  const shownAbove = film.romanisedTitle === film.title;
  if (shownAbove && !film.romanisedByMachine) return null;
  return (
    <p className="flex flex-wrap items-baseline gap-x-3 text-lg text-stone-700">
      {shownAbove ? null : <span lang="ja-Latn">{film.romanisedTitle}</span>}
      {film.romanisedByMachine ? (
        <Link
          href={editHref}
          className="rounded-sm border border-amber-300 bg-amber-50 px-1.5 text-sm text-amber-900"
          aria-describedby="romanised-by-machine-note"
        >
          machine romanisation — not yet checked
        </Link>
      ) : null}
      {film.romanisedByMachine ? (
        <span id="romanised-by-machine-note" className="sr-only">
          Check or correct the romanised title
        </span>
      ) : null}
    </p>
  );
}

export function FilmHeading({ film }: { film: FilmPage }) {
  const facts = [
    formatLabel(film.format),
    film.year?.toString(),
    film.runtimeMinutes ? `${film.runtimeMinutes} min` : undefined,
  ].filter(Boolean);
  const editTitle = `/films/${film.slug}/edit/title` as Route;
  return (
    <EntryHeader name={film.title} nativeName={film.nativeTitle} deck={film.deck}>
      <RomanisedTitle film={film} editHref={editTitle} />
      <p className="flex flex-wrap gap-x-4 text-sm text-stone-700">
        <span>{facts.join(" · ")}</span>
        <Link href={`/films/${film.slug}/history`}>View history</Link>
        <Link href={editTitle}>Edit title and format</Link>
      </p>
    </EntryHeader>
  );
}
