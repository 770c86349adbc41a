import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { FilmBrowseView } from "@/components/browse/film-browse-view";
import { TagHeader } from "@/components/browse/tag-header";
import { getFilmBrowsePage } from "@/lib/browse/film-queries";
import { filmBrowseHref } from "@/lib/browse/href";
import { FilmBrowseParamsSchema } from "@/lib/browse/schema";
import { getGenre } from "@/lib/browse/tag-queries";

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  await connection();
  const genre = await getGenre((await params).slug);
  if (!genre) return { title: "Genre not found" };
  const query = FilmBrowseParamsSchema.parse(await searchParams);
  return {
    title: query.page > 1 ? `${genre.name}, page ${query.page}` : genre.name,
    description: genre.description || `Films with the genre ${genre.name}.`,
    alternates: { canonical: filmBrowseHref(`/genres/${genre.slug}`, { ...query, genre: undefined }) },
  };
}

export default async function GenreRoute({ params, searchParams }: Props) {
  await connection();
  const genre = await getGenre((await params).slug);
  if (!genre) notFound();
  const page = await getFilmBrowsePage(await searchParams, { facet: "genre", id: genre.id });
  return (
    <div className="space-y-6">
      <TagHeader
        kind="Genre"
        name={genre.name}
        description={genre.description}
        indexHref="/genres"
        indexLabel="All genres"
      />
      <FilmBrowseView basePath={`/genres/${genre.slug}`} fixed="genre" {...page} />
    </div>
  );
}
