import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { FilmBrowseList } from "@/components/browse/film-browse-list";
import { Pagination } from "@/components/browse/pagination";
import { ResultSummary } from "@/components/browse/result-summary";
import { TagHeader } from "@/components/browse/tag-header";
import { browseFilms } from "@/lib/browse/film-queries";
import { pageHref } from "@/lib/browse/href";
import { PageParamsSchema } from "@/lib/browse/schema";
import { getFranchise } from "@/lib/browse/tag-queries";
import { decodedParams } from "@/lib/http/route-params";

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  await connection();
  const franchise = await getFranchise((await decodedParams(params)).slug);
  if (!franchise) return { title: "Franchise not found" };
  const { page } = PageParamsSchema.parse(await searchParams);
  return {
    title: page > 1 ? `${franchise.name}, page ${page}` : franchise.name,
    description: franchise.description || `The films of the ${franchise.name} franchise, in release order.`,
    alternates: { canonical: pageHref(`/franchises/${franchise.slug}`, page) },
  };
}

export default async function FranchiseRoute({ params, searchParams }: Props) {
  await connection();
  const franchise = await getFranchise((await decodedParams(params)).slug);
  if (!franchise) notFound();
  const { page } = PageParamsSchema.parse(await searchParams);
  // Release order: the year of each film's first release, oldest first.
  const result = await browseFilms({ franchiseId: franchise.id }, "oldest", page);
  const path = `/franchises/${franchise.slug}`;
  return (
    <div className="space-y-6">
      <TagHeader
        kind="Franchise"
        name={franchise.name}
        description={franchise.description}
        indexHref="/franchises"
        indexLabel="All franchises"
      />
      <section aria-labelledby="franchise-films-heading" className="space-y-3">
        <h2 id="franchise-films-heading" className="text-xl font-semibold">
          Films in release order
        </h2>
        <ResultSummary result={result} noun="films" singular="film" lastPageHref={pageHref(path, result.pageCount)} />
        {result.total === 0 || result.rows.length > 0 ? (
          <FilmBrowseList films={result.rows} empty={`No films belong to ${franchise.name} yet.`} />
        ) : null}
        <Pagination
          page={result.page}
          pageCount={result.pageCount}
          hrefFor={(number) => pageHref(path, number)}
          label="Pages of films"
        />
      </section>
    </div>
  );
}
