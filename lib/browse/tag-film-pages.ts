import "server-only";
import type { Metadata } from "next";
import { connection } from "next/server";
import { getFilmBrowsePage } from "./film-queries";
import { filmBrowseHref } from "./href";
import { FilmBrowseParamsSchema } from "./schema";
import { getGenre, getTheme } from "./tag-queries";
import { decodedParams } from "@/lib/http/route-params";

/** The facets whose tags have pages of films of their own: /genres/<slug> and /themes/<slug>. */
export type TagFacet = "genre" | "theme";

const FACETS = {
  genre: { label: "Genre", basePath: "/genres", indexLabel: "All genres", read: getGenre },
  theme: { label: "Theme", basePath: "/themes", indexLabel: "All themes", read: getTheme },
} as const;

type RouteInput = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function tagFilmPageMetadata(facet: TagFacet, { params, searchParams }: RouteInput): Promise<Metadata> {
  await connection();
  const { label, basePath, read } = FACETS[facet];
  const tag = await read((await decodedParams(params)).slug);
  if (!tag) return { title: `${label} not found` };
  const query = FilmBrowseParamsSchema.parse(await searchParams);
  return {
    title: query.page > 1 ? `${tag.name}, page ${query.page}` : tag.name,
    description: tag.description || `Films with the ${facet} ${tag.name}.`,
    alternates: { canonical: filmBrowseHref(`${basePath}/${tag.slug}`, { ...query, [facet]: undefined }) },
  };
}

/** The tag and its page of films, or null when no tag has that slug. */
export async function getTagFilmPage(facet: TagFacet, { params, searchParams }: RouteInput) {
  await connection();
  const { label, basePath, indexLabel, read } = FACETS[facet];
  const tag = await read((await decodedParams(params)).slug);
  if (!tag) return null;
  const page = await getFilmBrowsePage(await searchParams, { facet, id: tag.id });
  return { facet, label, indexHref: basePath, indexLabel, basePath: `${basePath}/${tag.slug}`, tag, page };
}

export type TagFilmPage = NonNullable<Awaited<ReturnType<typeof getTagFilmPage>>>;
