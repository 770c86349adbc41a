import type { SearchKind } from "@/lib/search/schema";

/** The search page's address, leaving defaults out so equal searches share one URL. */
export function searchHref({ q, type = "all", page = 1 }: { q: string; type?: SearchKind; page?: number }) {
  const params = new URLSearchParams({ q });
  if (type !== "all") params.set("type", type);
  if (page > 1) params.set("page", String(page));
  return `/search?${params.toString()}`;
}
