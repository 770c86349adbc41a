import type { Metadata } from "next";
import { connection } from "next/server";
import { BrowseLinks } from "@/components/browse/browse-links";
import { TagIndexList } from "@/components/browse/tag-index-view";
import { getGenreIndex } from "@/lib/browse/tag-queries";

export const metadata: Metadata = {
  title: "Genres",
  description: "Every genre in Keyframe, with its number of films.",
  alternates: { canonical: "/genres" },
};

export default async function GenresRoute() {
  await connection();
  const genres = await getGenreIndex();
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">Genres</h1>
      <BrowseLinks current="/genres" />
      <TagIndexList
        tags={genres}
        basePath="/genres"
        label="Genres"
        empty="No genres yet: they appear as films are given them."
      />
    </div>
  );
}
