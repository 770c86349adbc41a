import type { Metadata } from "next";
import { connection } from "next/server";
import { SearchForm } from "@/components/layout/search-form";
import { SearchResults } from "@/components/search/search-results";
import { SearchParamsSchema, SearchQuerySchema } from "@/lib/search/schema";
import { searchPublicCatalogue } from "@/lib/search/queries";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { q } = SearchParamsSchema.parse(await searchParams);
  // Result pages are endless variations of one page: keep them out of search engines' indexes.
  return { title: q.trim() ? `Search: ${q.trim().slice(0, 60)}` : "Search", robots: { index: false } };
}

export default async function SearchRoute({ searchParams }: Props) {
  await connection();
  const { q: typed, type, page } = SearchParamsSchema.parse(await searchParams);
  const parsed = SearchQuerySchema.safeParse(typed);
  const query = parsed.success ? parsed.data : "";
  const found = query ? await searchPublicCatalogue(query, { kind: type, page }) : null;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Search</h1>
      <div className="max-w-2xl space-y-2">
        <SearchForm
          id="search-page"
          name="Search again"
          defaultValue={typed}
          large
          error={parsed.success ? undefined : parsed.error.issues[0]?.message}
        />
      </div>
      {found ? (
        <SearchResults query={query} kind={type} found={found} />
      ) : parsed.success ? (
        <p className="text-stone-700">Type the name of a film, a person or a character.</p>
      ) : null}
    </div>
  );
}
