import "server-only";
import { getSitemapChunk, getSitemapChunks, SITEMAP_KINDS, type SitemapKind } from "./queries";
import { sitemapIndexXml, urlSetXml } from "./xml";

/** Where chunk `n` of a kind is served: `/sitemaps/films/0.xml`. */
export function chunkPath(kind: SitemapKind, chunk: number): string {
  return `/sitemaps/${kind}/${chunk}.xml`;
}

/** `/sitemap.xml`: an index of every chunk, since no single sitemap may list more than 50,000 pages. */
export async function sitemapIndexDocument(site: URL): Promise<string> {
  const chunks = await getSitemapChunks();
  return sitemapIndexXml(
    chunks.map(({ kind, chunk, lastModified }) => ({ loc: new URL(chunkPath(kind, chunk), site).href, lastModified })),
  );
}

const CHUNK_FILE = /^(0|[1-9][0-9]{0,8})\.xml$/;

/** One chunk named by its route's segments (`films`, `0.xml`), or null when there is no such chunk. */
export async function sitemapChunkDocument(kind: string, file: string, site: URL): Promise<string | null> {
  const number = CHUNK_FILE.exec(file)?.[1];
  if (!isSitemapKind(kind) || number === undefined) return null;
  const pages = await getSitemapChunk(kind, Number(number));
  if (pages.length === 0) return null;
  return urlSetXml(pages.map(({ path, lastModified }) => ({ loc: new URL(path, site).href, lastModified })));
}

function isSitemapKind(value: string): value is SitemapKind {
  return (SITEMAP_KINDS as readonly string[]).includes(value);
}

/** Crawlers fetch sitemaps now and then; an hour's staleness costs nothing and spares the database. */
export const SITEMAP_HEADERS = {
  "Content-Type": "application/xml; charset=utf-8",
  "Cache-Control": "public, max-age=3600",
} as const;
