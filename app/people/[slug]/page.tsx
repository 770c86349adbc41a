import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PersonPageView } from "@/components/people/person-page-view";
import { getPublicPersonPage } from "@/lib/people/public-page";
import { getCachedWikiLinks } from "@/lib/wiki/cached";
import { entrySummary } from "@/lib/wiki/summary";
import { decodedParams } from "@/lib/http/route-params";

type Props = { params: Promise<{ slug: string }> };

// Rendered on first request and served from the cache until a change revalidates its tags.
export async function generateStaticParams(): Promise<{ slug: string }[]> {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const person = await getPublicPersonPage((await decodedParams(params)).slug);
  if (!person) return { title: "Person not found" };
  return {
    title: person.name,
    description: entrySummary(person.deck, person.bio, await getCachedWikiLinks(person.bio)),
    alternates: { canonical: `/people/${person.slug}` },
  };
}

export default async function PersonRoute({ params }: Props) {
  const person = await getPublicPersonPage((await decodedParams(params)).slug);
  if (!person) notFound();
  return <PersonPageView person={person} links={await getCachedWikiLinks(person.bio)} />;
}
