import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { StudioPageView } from "@/components/studios/studio-page-view";
import { getPublicStudioPage } from "@/lib/studios/public-page";
import { getCachedWikiLinks } from "@/lib/wiki/cached";
import { entrySummary } from "@/lib/wiki/summary";
import { decodedParams } from "@/lib/http/route-params";

type Props = { params: Promise<{ slug: string }> };

// Rendered on first request and served from the cache until a change revalidates its tags.
export async function generateStaticParams(): Promise<{ slug: string }[]> {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const studio = await getPublicStudioPage((await decodedParams(params)).slug);
  if (!studio) return { title: "Studio not found" };
  return {
    title: studio.name,
    description: entrySummary(studio.deck, studio.description, await getCachedWikiLinks(studio.description)),
    alternates: { canonical: `/studios/${studio.slug}` },
  };
}

export default async function StudioRoute({ params }: Props) {
  const studio = await getPublicStudioPage((await decodedParams(params)).slug);
  if (!studio) notFound();
  return <StudioPageView studio={studio} links={await getCachedWikiLinks(studio.description)} />;
}
