import type { Route } from "next";
import { config } from "@/lib/config";

/** The page of a list on which the film at `rank` (1 for the first) is shown. */
export function listPageOf(rank: number): number {
  return Math.floor((rank - 1) / config().LIST_PAGE_SIZE) + 1;
}

/** A page of a list, with any further parameters; the first page has the list's own address. */
export function listPageHref(listId: number, page: number, params: Record<string, string> = {}): Route {
  const query = new URLSearchParams(page > 1 ? { page: String(page), ...params } : params).toString();
  return (query ? `/lists/${listId}?${query}` : `/lists/${listId}`) as Route;
}
