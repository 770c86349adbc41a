import type { FilmPage } from "@/lib/films/queries";
import { formatLabel } from "@/lib/format/labels";

export function FilmHeading({ film }: { film: FilmPage }) {
  const facts = [
    formatLabel(film.format),
    film.year?.toString(),
    film.runtimeMinutes ? `${film.runtimeMinutes} min` : undefined,
  ].filter(Boolean);
  return (
    <header className="space-y-2 border-b border-stone-200 pb-4">
      <h1 className="text-3xl font-bold tracking-tight sm:text-4xl">{film.title}</h1>
      {film.nativeTitle && film.nativeTitle !== film.title ? (
        <p lang="ja" className="text-lg text-stone-700">
          {film.nativeTitle}
        </p>
      ) : null}
      <p className="text-sm text-stone-700">{facts.join(" · ")}</p>
      {film.deck ? <p className="max-w-3xl text-lg leading-relaxed">{film.deck}</p> : null}
    </header>
  );
}
