import type { Route } from "next";
import Link from "next/link";
import type { SearchKind } from "@/lib/search/schema";
import { searchHref } from "./search-href";

type Props = { query: string; kind: SearchKind; page: number; pageCount: number };

export function SearchPagination({ query, kind, page, pageCount }: Props) {
  if (pageCount <= 1) return null;
  const link = (to: number, label: string, rel: "prev" | "next") => (
    <Link href={searchHref({ q: query, type: kind, page: to }) as Route} rel={rel} className="font-medium">
      {label}
    </Link>
  );
  return (
    <nav aria-label="Pages of results" className="flex items-center justify-between gap-4 text-sm">
      <span>{page > 1 ? link(page - 1, "← Previous page", "prev") : null}</span>
      <span>
        Page {page} of {pageCount}
      </span>
      <span>{page < pageCount ? link(page + 1, "Next page →", "next") : null}</span>
    </nav>
  );
}
