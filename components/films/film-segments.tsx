import { EmptyState, Section } from "@/components/ui/section";
import type { FilmPage } from "@/lib/films/queries";

export function FilmSegments({ film }: { film: FilmPage }) {
  return (
    <Section id="segments" title="Segments" editHref={`/films/${film.slug}/edit/segments`}>
      {film.segments.length === 0 ? (
        <EmptyState>{film.title} is a single story, or its segments are not listed yet.</EmptyState>
      ) : (
        <ol className="space-y-4">
          {film.segments.map((segment, index) => (
            <li key={segment.id} className="rounded-md border border-stone-200 bg-white p-4">
              <h3 className="font-semibold">
                <span className="text-stone-600">{index + 1}. </span>
                {segment.title}
                {segment.nativeTitle ? (
                  <span lang="ja" className="ml-2 font-normal text-stone-700">
                    {segment.nativeTitle}
                  </span>
                ) : null}
              </h3>
              {segment.runtimeMinutes ? <p className="text-sm text-stone-700">{segment.runtimeMinutes} min</p> : null}
              {segment.synopsis ? <p className="mt-2 leading-relaxed">{segment.synopsis}</p> : null}
            </li>
          ))}
        </ol>
      )}
    </Section>
  );
}
