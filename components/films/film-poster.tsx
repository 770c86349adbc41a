import Image from "next/image";
import { EmptyState, Section } from "@/components/ui/section";
import type { FilmPage } from "@/lib/films/queries";

export function FilmPoster({ film }: { film: FilmPage }) {
  const poster = film.poster;
  return (
    <Section id="poster" title="Poster">
      {poster ? (
        <figure>
          <Image
            src={`/media/${poster.storageKey}`}
            width={poster.width}
            height={poster.height}
            alt={`Poster of ${film.title}`}
            className="h-auto w-full rounded-md"
          />
          {poster.caption ? <figcaption className="mt-1 text-sm text-stone-700">{poster.caption}</figcaption> : null}
        </figure>
      ) : (
        <EmptyState>We don&apos;t have poster art for {film.title} yet.</EmptyState>
      )}
    </Section>
  );
}
