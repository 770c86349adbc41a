import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { connection } from "next/server";
import { ListPageView } from "@/components/lists/list-page-view";
import { getCurrentUser } from "@/lib/auth/session";
import { getListPage } from "@/lib/lists/queries";
import { IdSchema } from "@/lib/lists/schema";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ moved?: string }> };

// The metadata and the page share one read per request: a list may hold a thousand films.
const loadList = cache(async (rawId: string) => {
  const id = IdSchema.safeParse(Number(rawId));
  if (!id.success) return null;
  const viewer = await getCurrentUser();
  const list = await getListPage(id.data, viewer?.id ?? null);
  return list ? { list, viewer } : null;
});

const load = async (params: Props["params"]) => loadList((await params).id);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connection();
  const found = await load(params);
  if (!found) return { title: "List not found" };
  // Only public lists belong in search engines; an unlisted list is shared by link alone.
  return { title: found.list.title, robots: found.list.visibility === "PUBLIC" ? undefined : { index: false } };
}

export default async function ListRoute({ params, searchParams }: Props) {
  await connection();
  const found = await load(params);
  if (!found) notFound();
  const { list, viewer } = found;
  const isOwner = viewer?.id === list.ownerId;
  const { moved } = await searchParams;
  return <ListPageView list={list} viewer={viewer ? { isOwner } : null} moved={moved} />;
}
