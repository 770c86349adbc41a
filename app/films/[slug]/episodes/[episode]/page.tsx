import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EpisodePageView } from "@/components/episodes/episode-page-view";
import { episodeLabel } from "@/lib/episodes/codes";
import { getPublicEpisodePage } from "@/lib/episodes/public-page";
import { getCachedWikiLinks } from "@/lib/wiki/cached";
import { decodedParams } from "@/lib/http/route-params";

type Props = { params: Promise<{ slug: string; episode: string }> };

// Cached like its work's page, under the work's tag: an approval of the work's episodes, credits
// or characters expires it with the work's page.
export async function generateStaticParams(): Promise<{ slug: string; episode: string }[]> {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, episode } = await decodedParams(params);
  const page = await getPublicEpisodePage(slug, episode);
  if (!page) return { title: "Episode not found" };
  const name = episodeLabel(page.episode);
  return {
    title: `${page.film.title} ${name}${page.episode.title ? `: ${page.episode.title}` : ""}`,
    alternates: { canonical: `/films/${slug}/episodes/${episode}` },
  };
}

export default async function EpisodeRoute({ params }: Props) {
  const { slug, episode } = await decodedParams(params);
  const page = await getPublicEpisodePage(slug, episode);
  if (!page) notFound();
  return <EpisodePageView page={page} links={await getCachedWikiLinks(page.episode.synopsis)} />;
}
