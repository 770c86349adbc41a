import type { Metadata } from "next";
import { connection } from "next/server";
import { BrowseLinks } from "@/components/browse/browse-links";
import { SeasonIndexView } from "@/components/seasons/season-index-view";
import { getSeasonIndex } from "@/lib/seasons/queries";
import { currentSeason } from "@/lib/seasons/season";

export const metadata: Metadata = {
  title: "Seasons",
  description: "Anime by the season they premiered in Japan, with the number of works in each.",
  alternates: { canonical: "/seasons" },
};

// Read on each request, like the genre index: one grouped scan of an index, and the current season
// turns over with Japan's calendar.
export default async function SeasonsRoute() {
  await connection();
  const seasons = await getSeasonIndex();
  return (
    <div className="space-y-6">
      <BrowseLinks current="/seasons" />
      <SeasonIndexView seasons={seasons} current={currentSeason()} />
    </div>
  );
}
