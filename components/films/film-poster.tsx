import Image from "next/image";
import { EmptyState, Section } from "@/components/ui/section";
import type { FilmPage } from "@/lib/films/queries";
import { POSTER_WIDTH } from "@/lib/images/keys";

export function FilmPoster({ film }: { film: FilmPage }) {
  const poster = film.poster;
  return (
    <Section id="poster" title="Poster" editHref={`/films/${film.slug}/edit/poster`}>
      {poster ? (
        <figure>
          <Image
            src={`/media/${poster.storageKey}`}
            width={poster.width}
            height={poster.height}
            // The poster column is at most 20rem wide; the stored image is 600 pixels, enough for 2x screens.
            sizes={`(min-width: 1024px) 20rem, ${POSTER_WIDTH}px`}
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
