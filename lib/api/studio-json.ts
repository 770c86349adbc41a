import { apiFormat } from "@/lib/api/vocabulary";
import { episodeCode } from "@/lib/episodes/codes";
import type { StudioPage } from "@/lib/studios/queries";
import { filmRef, pageUrl, type FilmRef } from "./refs";

/** `GET /api/v1/studios/{slug}`: the studio page's facts. README "JSON API" documents every field. */
export type StudioJson = {
  slug: string;
  url: string;
  name: string;
  nativeName: string | null;
  deck: string;
  /** Markdown with [[wiki links]], as stored; `url` shows it rendered. */
  description: string;
  updatedAt: string;
  /** Its part in each work: `role` as the schema spells it, `region` ISO 3166-1 alpha-2 or null for everywhere. */
  works: {
    film: FilmRef;
    format: string;
    role: string;
    region: string | null;
    segment: string | null;
    episode: string | null;
  }[];
};

export function studioJson(studio: StudioPage, site: URL): StudioJson {
  return {
    slug: studio.slug,
    url: pageUrl("studios", studio.slug, site),
    name: studio.name,
    nativeName: studio.nativeName,
    deck: studio.deck,
    description: studio.description,
    updatedAt: studio.updatedAt.toISOString(),
    works: studio.companies.map((row) => ({
      film: filmRef(row.film),
      format: apiFormat(row.film.format),
      role: row.role,
      region: row.region,
      segment: row.segment?.title ?? null,
      episode: row.episode && episodeCode(row.episode),
    })),
  };
}
