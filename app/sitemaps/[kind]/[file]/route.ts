import { connection } from "next/server";
import { SITEMAP_HEADERS, sitemapChunkDocument } from "@/lib/sitemap/documents";
import { siteUrl } from "@/lib/site-url";

type Context = { params: Promise<{ kind: string; file: string }> };

/** One chunk of the sitemap index, e.g. `/sitemaps/films/0.xml`. */
export async function GET(_request: Request, { params }: Context) {
  await connection();
  const { kind, file } = await params;
  const xml = await sitemapChunkDocument(kind, file, siteUrl());
  if (xml === null) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain" } });
  return new Response(xml, { headers: SITEMAP_HEADERS });
}
