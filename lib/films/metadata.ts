import type { Metadata } from "next";
import { entrySummary } from "@/lib/wiki/summary";
import type { ResolvedWikiLinks } from "@/lib/wiki/links";
import type { FilmPage } from "./queries";
import { workParts } from "@/lib/format/work";

type FilmMetadataInput = Pick<FilmPage, "slug" | "title" | "year" | "deck" | "description" | "format"> & {
  poster: Pick<NonNullable<FilmPage["poster"]>, "storageKey" | "width" | "height"> | null;
};

/** What the film page tells search engines and link previews: a summary, and the poster when it has one. */
export function filmMetadata(film: FilmMetadataInput, links: ResolvedWikiLinks, base: URL): Metadata {
  const url = new URL(`/films/${film.slug}`, base).href;
  const description = entrySummary(film.deck, film.description, links);
  const images = film.poster
    ? [
        {
          url: new URL(`/media/${film.poster.storageKey}`, base).href,
          width: film.poster.width,
          height: film.poster.height,
          alt: `Poster of ${film.title}`,
        },
      ]
    : undefined;
  return {
    title: film.year ? `${film.title} (${film.year})` : film.title,
    description,
    alternates: { canonical: url },
    openGraph: {
      type: workParts(film.format) === "episodes" ? "video.tv_show" : "video.movie",
      siteName: "Keyframe",
      title: film.title,
      description,
      url,
      images,
    },
    twitter: { card: images ? "summary_large_image" : "summary", title: film.title, description, images },
  };
}
