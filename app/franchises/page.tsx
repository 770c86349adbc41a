import type { Metadata } from "next";
import { connection } from "next/server";
import { BrowseLinks } from "@/components/browse/browse-links";
import { Pagination } from "@/components/browse/pagination";
import { TagIndexList } from "@/components/browse/tag-index-view";
import { pageHref } from "@/lib/browse/href";
import { PageParamsSchema } from "@/lib/browse/schema";
import { browseFranchises } from "@/lib/browse/tag-queries";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { page } = PageParamsSchema.parse(await searchParams);
  return {
    title: page > 1 ? `Franchises, page ${page}` : "Franchises",
    description: "Every franchise in Keyframe, with its number of films.",
    alternates: { canonical: pageHref("/franchises", page) },
  };
}

export default async function FranchisesRoute({ searchParams }: Props) {
  await connection();
  const { page } = PageParamsSchema.parse(await searchParams);
  const result = await browseFranchises(page);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">Franchises</h1>
      <BrowseLinks current="/franchises" />
      <TagIndexList
        tags={result.rows}
        basePath="/franchises"
        label="Franchises"
        empty={
          result.total === 0 ? "No franchises yet: they appear as films are given them." : "No franchises on this page."
        }
      />
      <Pagination
        page={result.page}
        pageCount={result.pageCount}
        hrefFor={(number) => pageHref("/franchises", number)}
        label="Pages of franchises"
      />
    </div>
  );
}
