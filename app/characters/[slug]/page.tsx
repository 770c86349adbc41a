import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CharacterPageView } from "@/components/characters/character-page-view";
import { getPublicCharacterPage } from "@/lib/characters/public-page";
import { getCachedWikiLinks } from "@/lib/wiki/cached";
import { entrySummary } from "@/lib/wiki/summary";
import { decodedParams } from "@/lib/http/route-params";

type Props = { params: Promise<{ slug: string }> };

// Rendered on first request and served from the cache until a change revalidates its tags.
export async function generateStaticParams(): Promise<{ slug: string }[]> {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const character = await getPublicCharacterPage((await decodedParams(params)).slug);
  if (!character) return { title: "Character not found" };
  return {
    title: character.name,
    description: entrySummary(character.deck, character.description, await getCachedWikiLinks(character.description)),
    alternates: { canonical: `/characters/${character.slug}` },
  };
}

export default async function CharacterRoute({ params }: Props) {
  const character = await getPublicCharacterPage((await decodedParams(params)).slug);
  if (!character) notFound();
  return <CharacterPageView character={character} links={await getCachedWikiLinks(character.description)} />;
}
