import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { CharacterPageView } from "@/components/characters/character-page-view";
import { getCharacterPage } from "@/lib/characters/queries";
import { resolveWikiLinks } from "@/lib/wiki/resolve";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connection();
  const character = await getCharacterPage((await params).slug);
  if (!character) return { title: "Character not found" };
  return {
    title: character.name,
    description: character.deck,
    alternates: { canonical: `/characters/${character.slug}` },
  };
}

export default async function CharacterRoute({ params }: Props) {
  await connection();
  const character = await getCharacterPage((await params).slug);
  if (!character) notFound();
  return <CharacterPageView character={character} links={await resolveWikiLinks(character.description)} />;
}
