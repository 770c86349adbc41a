import type { Metadata } from "next";
import { connection } from "next/server";
import { PublicListsView } from "@/components/lists/public-lists-view";
import { getCurrentUser } from "@/lib/auth/session";
import { isListRefusal, LIST_REFUSALS } from "@/lib/lists/errors";
import { getPublicLists } from "@/lib/lists/queries";
import { ListsPageSchema } from "@/lib/lists/schema";

export const metadata: Metadata = { title: "Lists" };

export default async function ListsRoute({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  await connection();
  const params = await searchParams;
  const { sort, page } = ListsPageSchema.parse(params);
  const [result, user] = await Promise.all([getPublicLists(sort, page), getCurrentUser()]);
  // A button on a list deleted meanwhile leads here.
  const refused = isListRefusal(params.refused) ? LIST_REFUSALS[params.refused] : null;
  return <PublicListsView sort={sort} page={page} {...result} signedIn={user !== null} refused={refused} />;
}
