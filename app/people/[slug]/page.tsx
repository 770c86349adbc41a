import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { PersonPageView } from "@/components/people/person-page-view";
import { getPersonPage } from "@/lib/people/queries";
import { resolveWikiLinks } from "@/lib/wiki/resolve";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connection();
  const person = await getPersonPage((await params).slug);
  if (!person) return { title: "Person not found" };
  return { title: person.name, description: person.deck, alternates: { canonical: `/people/${person.slug}` } };
}

export default async function PersonRoute({ params }: Props) {
  await connection();
  const person = await getPersonPage((await params).slug);
  if (!person) notFound();
  return <PersonPageView person={person} links={await resolveWikiLinks(person.bio)} />;
}
