import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { FilmPageView } from "@/components/films/film-page-view";
import { filmMetadata } from "@/lib/films/metadata";
import { getCachedTopEditors, getCachedTopLists, getPublicFilmPage } from "@/lib/films/public-page";
import { siteUrl } from "@/lib/site-url";
import { getCachedWikiLinks } from "@/lib/wiki/cached";
import { airingNow } from "@/lib/episodes/airing";
import { decodedParams } from "@/lib/http/route-params";

type Props = { params: Promise<{ slug: string }> };

// Rendered on first request, then served from the cache until an approval, a revert or a list
// change revalidates the film's tags (lib/cache), or a series airs its next episode (lib/episodes/airing.ts).
// No film is rendered at build time.
export async function generateStaticParams(): Promise<{ slug: string }[]> {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const film = await getPublicFilmPage((await decodedParams(params)).slug);
  if (!film) return { title: "Film not found" };
  return filmMetadata(film, await getCachedWikiLinks(film.description), siteUrl());
}

export default async function FilmRoute({ params }: Props) {
  const film = await getPublicFilmPage((await decodedParams(params)).slug);
  if (!film) notFound();
  const [links, topLists, topEditors, airing] = await Promise.all([
    getCachedWikiLinks(film.description),
    getCachedTopLists(film.id),
    getCachedTopEditors(film.slug, film.id),
    airingNow(film),
  ]);
  return <FilmPageView film={film} links={links} topLists={topLists} topEditors={topEditors} airing={airing} />;
}
