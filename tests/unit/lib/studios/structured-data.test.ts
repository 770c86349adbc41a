import { describe, expect, it } from "vitest";
import { filmStructuredData } from "@/lib/films/structured-data";
import type { FilmPage } from "@/lib/films/queries";
import type { StudioPage } from "@/lib/studios/queries";
import { studioStructuredData } from "@/lib/studios/structured-data";

const company = (id: number, role: FilmPage["companies"][number]["role"], slug: string, name: string) => ({
  id,
  role,
  region: role === "DISTRIBUTOR" ? "JP" : null,
  studio: { slug, name },
  segment: null,
});

describe("structured data for studios", () => {
  it("describes a studio as an Organization with its native name", () => {
    const studio = { name: "Madhouse", nativeName: "マッドハウス", deck: "Animation studio in Tokyo." } as StudioPage;
    expect(studioStructuredData(studio, "https://keyframe.example/studios/madhouse")).toEqual({
      "@context": "https://schema.org",
      "@type": "Organization",
      name: "Madhouse",
      url: "https://keyframe.example/studios/madhouse",
      alternateName: "マッドハウス",
      description: "Animation studio in Tokyo.",
    });
  });

  it("names a work's makers, once each, as its production companies, and not its distributors", () => {
    const film = {
      title: "Memories",
      nativeTitle: null,
      format: "FILM",
      episodes: [],
      deck: "",
      aliases: [],
      releases: [],
      credits: [],
      genres: [],
      links: [],
      runtimeMinutes: null,
      contentRating: null,
      companies: [
        company(1, "ANIMATION_PRODUCTION", "studio-4c", "Studio 4°C"),
        company(2, "ANIMATION_PRODUCTION", "studio-4c", "Studio 4°C"),
        company(3, "ANIMATION_PRODUCTION", "madhouse", "Madhouse"),
        company(4, "DISTRIBUTOR", "shochiku", "Shochiku"),
      ],
    } as unknown as FilmPage;
    expect(filmStructuredData(film, "https://keyframe.example/films/memories").productionCompany).toEqual([
      { "@type": "Organization", name: "Studio 4°C", url: "https://keyframe.example/studios/studio-4c" },
      { "@type": "Organization", name: "Madhouse", url: "https://keyframe.example/studios/madhouse" },
    ]);
  });
});
