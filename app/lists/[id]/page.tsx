import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { connection } from "next/server";
import { ListPageView } from "@/components/lists/list-page-view";
import { getCurrentUser } from "@/lib/auth/session";
import { countOf } from "@/lib/format/counts";
import { PageParamsSchema } from "@/lib/browse/schema";
import { isListRefusal, LIST_REFUSALS } from "@/lib/lists/errors";
import { listPageHref } from "@/lib/lists/paging";
import { getListPage } from "@/lib/lists/queries";
import { parseId } from "@/lib/ids";
import { shortened } from "@/lib/wiki/summary";

type SearchParams = Record<string, string | string[] | undefined>;
type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> };

// The metadata and the page share one read per request.
const loadList = cache(async (rawId: string, page: number) => {
  const id = parseId(rawId);
  if (id === null) return null;
  const viewer = await getCurrentUser();
  const list = await getListPage(id, viewer?.id ?? null, page);
  return list ? { list, viewer } : null;
});

async function load({ params, searchParams }: Props) {
  const { page } = PageParamsSchema.parse(await searchParams);
  return loadList((await params).id, page);
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  await connection();
  const found = await load(props);
  if (!found) return { title: "List not found" };
  const { list } = found;
  return {
    title: list.items.page > 1 ? `${list.title}, page ${list.items.page}` : list.title,
    description:
      shortened(list.description) || `A list of ${countOf(list.itemCount, "film")} by ${list.owner.displayName}.`,
    alternates: { canonical: listPageHref(list.id, list.items.page) },
    // Only public lists belong in search engines; an unlisted list is shared by link alone.
    robots: list.visibility === "PUBLIC" ? undefined : { index: false },
  };
}

export default async function ListRoute(props: Props) {
  await connection();
  const found = await load(props);
  if (!found) notFound();
  const { list, viewer } = found;
  const isOwner = viewer?.id === list.ownerId;
  const { moved, refused } = await props.searchParams;
  return (
    <ListPageView
      list={list}
      viewer={viewer ? { isOwner } : null}
      moved={typeof moved === "string" ? moved : undefined}
      refused={isListRefusal(refused) ? LIST_REFUSALS[refused] : null}
    />
  );
}
