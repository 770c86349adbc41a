import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TagFilmPageView } from "@/components/browse/tag-film-page-view";
import { getTagFilmPage, tagFilmPageMetadata } from "@/lib/browse/tag-film-pages";

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata(props: Props): Promise<Metadata> {
  return tagFilmPageMetadata("theme", props);
}

export default async function ThemeRoute(props: Props) {
  const found = await getTagFilmPage("theme", props);
  if (!found) notFound();
  return <TagFilmPageView {...found} />;
}
