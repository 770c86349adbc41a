import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { FilmBrowseView } from "@/components/browse/film-browse-view";
import { TagHeader } from "@/components/browse/tag-header";
import { getFilmBrowsePage } from "@/lib/browse/film-queries";
import { filmBrowseHref } from "@/lib/browse/href";
import { FilmBrowseParamsSchema } from "@/lib/browse/schema";
import { getTheme } from "@/lib/browse/tag-queries";

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  await connection();
  const theme = await getTheme((await params).slug);
  if (!theme) return { title: "Theme not found" };
  const query = FilmBrowseParamsSchema.parse(await searchParams);
  return {
    title: query.page > 1 ? `${theme.name}, page ${query.page}` : theme.name,
    description: theme.description || `Films with the theme ${theme.name}.`,
    alternates: { canonical: filmBrowseHref(`/themes/${theme.slug}`, { ...query, theme: undefined }) },
  };
}

export default async function ThemeRoute({ params, searchParams }: Props) {
  await connection();
  const theme = await getTheme((await params).slug);
  if (!theme) notFound();
  const page = await getFilmBrowsePage(await searchParams, { facet: "theme", id: theme.id });
  return (
    <div className="space-y-6">
      <TagHeader
        kind="Theme"
        name={theme.name}
        description={theme.description}
        indexHref="/themes"
        indexLabel="All themes"
      />
      <FilmBrowseView basePath={`/themes/${theme.slug}`} fixed="theme" {...page} />
    </div>
  );
}
