import type { Metadata } from "next";
import { SearchForm } from "@/components/layout/search-form";
import { SearchResults } from "@/components/search/search-results";
import { SearchQuerySchema } from "@/lib/search/schema";
import { searchCatalogue } from "@/lib/search/queries";

export const metadata: Metadata = { title: "Search" };

type Props = { searchParams: Promise<{ q?: string | string[] }> };

export default async function SearchRoute({ searchParams }: Props) {
  const raw = (await searchParams).q;
  const typed = Array.isArray(raw) ? (raw[0] ?? "") : (raw ?? "");
  const parsed = SearchQuerySchema.safeParse(typed);
  const query = parsed.success ? parsed.data : "";
  const results = query ? await searchCatalogue(query) : null;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Search</h1>
      <div className="max-w-2xl space-y-2">
        <SearchForm id="search-page" name="Search again" defaultValue={typed} large />
        {parsed.success ? null : (
          <p role="alert" className="text-sm text-red-800">
            {parsed.error.issues[0]?.message}
          </p>
        )}
      </div>
      {results ? (
        <SearchResults query={query} results={results} />
      ) : parsed.success ? (
        <p className="text-stone-700">Type the name of a film, a person or a character.</p>
      ) : null}
    </div>
  );
}
