import type { Metadata } from "next";
import { connection } from "next/server";
import { BrowseLinks } from "@/components/browse/browse-links";
import { TagIndexList } from "@/components/browse/tag-index-view";
import { getThemeIndex } from "@/lib/browse/tag-queries";

export const metadata: Metadata = {
  title: "Themes",
  description: "Every theme in Keyframe, with its number of films.",
  alternates: { canonical: "/themes" },
};

export default async function ThemesRoute() {
  await connection();
  const themes = await getThemeIndex();
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">Themes</h1>
      <BrowseLinks current="/themes" />
      <TagIndexList
        tags={themes}
        basePath="/themes"
        label="Themes"
        empty="No themes yet: they appear as films are given them."
      />
    </div>
  );
}
