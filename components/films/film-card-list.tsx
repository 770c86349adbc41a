import Link from "next/link";
import { EmptyState } from "@/components/ui/section";
import { formatLabel } from "@/lib/format/labels";
import type { FilmFormat } from "@/lib/format/labels";

type FilmCard = {
  slug: string;
  title: string;
  nativeTitle: string | null;
  year: number | null;
  format: FilmFormat;
  deck: string;
};

export function FilmCardList({ films }: { films: FilmCard[] }) {
  if (films.length === 0) return <EmptyState>No films yet.</EmptyState>;
  return (
    <ul className="divide-y divide-stone-200 rounded-md border border-stone-200 bg-white">
      {films.map((film) => (
        <li key={film.slug} className="p-3">
          <Link href={`/films/${film.slug}`} className="font-semibold">
            {film.title}
          </Link>
          <span className="text-sm text-stone-700">
            {" "}
            · {[formatLabel(film.format), film.year].filter(Boolean).join(", ")}
          </span>
          {film.deck ? <p className="line-clamp-2 text-sm text-stone-800">{film.deck}</p> : null}
        </li>
      ))}
    </ul>
  );
}
