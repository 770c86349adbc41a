import Link from "next/link";
import { FilmThumbnail } from "@/components/films/film-thumbnail";
import { EmptyState } from "@/components/ui/section";
import type { FilmRow } from "@/lib/films/film-row";
import { formatLabel } from "@/lib/format/labels";

/** A page of films: poster, title, title in the original script, year and format, deck. */
export function FilmBrowseList({ films, empty }: { films: FilmRow[]; empty: string }) {
  if (films.length === 0) return <EmptyState>{empty}</EmptyState>;
  return (
    <ul aria-label="Films" className="divide-y divide-stone-200 rounded-md border border-stone-200 bg-white">
      {films.map((film) => (
        <li key={film.id} className="flex gap-3 p-3">
          <FilmThumbnail film={film} />
          <div className="min-w-0 flex-1">
            <div className="flex flex-wrap items-baseline gap-x-3">
              <Link href={`/films/${film.slug}`} className="font-semibold">
                {film.title}
              </Link>
              {film.nativeTitle && film.nativeTitle !== film.title ? (
                <span lang="ja" className="text-stone-700">
                  {film.nativeTitle}
                </span>
              ) : null}
            </div>
            <div className="text-sm text-stone-700">
              {[formatLabel(film.format), film.year ?? "Year unknown"].join(" · ")}
            </div>
            {film.deck ? <div className="line-clamp-2 text-sm text-stone-800">{film.deck}</div> : null}
          </div>
        </li>
      ))}
    </ul>
  );
}
