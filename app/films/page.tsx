import type { Metadata } from "next";
import { connection } from "next/server";
import { BrowseLinks } from "@/components/browse/browse-links";
import { FilmBrowseView } from "@/components/browse/film-browse-view";
import { getFilmBrowsePage } from "@/lib/browse/film-queries";
import { filmBrowseHref } from "@/lib/browse/href";
import { FilmBrowseParamsSchema } from "@/lib/browse/schema";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const params = FilmBrowseParamsSchema.parse(await searchParams);
  return {
    title: params.page > 1 ? `Films, page ${params.page}` : "Films",
    description: "Every film and series in Keyframe, A–Z, by year, format, genre and theme.",
    alternates: { canonical: filmBrowseHref("/films", params) },
  };
}

export default async function FilmsRoute({ searchParams }: Props) {
  await connection();
  const page = await getFilmBrowsePage(await searchParams);
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">Films</h1>
      <BrowseLinks current="/films" />
      <FilmBrowseView basePath="/films" {...page} />
    </div>
  );
}
