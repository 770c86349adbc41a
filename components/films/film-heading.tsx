import Link from "next/link";
import { EntryHeader } from "@/components/ui/entry-header";
import type { FilmPage } from "@/lib/films/queries";
import { formatLabel } from "@/lib/format/labels";

export function FilmHeading({ film }: { film: FilmPage }) {
  const facts = [
    formatLabel(film.format),
    film.year?.toString(),
    film.runtimeMinutes ? `${film.runtimeMinutes} min` : undefined,
  ].filter(Boolean);
  return (
    <EntryHeader name={film.title} nativeName={film.nativeTitle} deck={film.deck}>
      <p className="flex flex-wrap gap-x-4 text-sm text-stone-700">
        <span>{facts.join(" · ")}</span>
        <Link href={`/films/${film.slug}/history`}>View history</Link>
      </p>
    </EntryHeader>
  );
}
