import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RevisionComparisonView } from "@/components/revisions/revision-comparison-view";
import {
  getHistoryFilm,
  getRevisionComparison,
  OptionalRevisionIdParamSchema,
  RevisionIdParamSchema,
} from "@/lib/revisions/queries";
import { decodedParams } from "@/lib/http/route-params";

type Param = string | string[] | undefined;
type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ from?: Param; to?: Param }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const film = await getHistoryFilm((await decodedParams(params)).slug);
  // Every pair of revisions is a page of its own; search engines need none of them.
  return { title: film ? `Compare revisions of ${film.title}` : "Film not found", robots: { index: false } };
}

export default async function CompareRevisionsRoute({ params, searchParams }: Props) {
  const film = await getHistoryFilm((await decodedParams(params)).slug);
  if (!film) notFound();
  const { from, to } = await searchParams;
  const fromId = OptionalRevisionIdParamSchema.safeParse(from);
  const toId = RevisionIdParamSchema.safeParse(to);
  const comparison =
    fromId.success && toId.success ? await getRevisionComparison(film.id, fromId.data, toId.data) : null;
  return <RevisionComparisonView film={film} comparison={comparison} />;
}
