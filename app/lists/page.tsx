import type { Metadata } from "next";
import { connection } from "next/server";
import { PublicListsView } from "@/components/lists/public-lists-view";
import { getCurrentUser } from "@/lib/auth/session";
import { getPublicLists } from "@/lib/lists/queries";
import { ListsPageSchema } from "@/lib/lists/schema";

export const metadata: Metadata = { title: "Lists" };

export default async function ListsRoute({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  await connection();
  const { sort, page } = ListsPageSchema.parse(await searchParams);
  const [result, user] = await Promise.all([getPublicLists(sort, page), getCurrentUser()]);
  return <PublicListsView sort={sort} page={page} {...result} signedIn={user !== null} />;
}
