/** One `<url>` of a sitemap or one `<sitemap>` of an index: an absolute address and when it last changed. */
export type SitemapEntry = { loc: string; lastModified: Date | null };

const NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

// Characters XML 1.0 forbids even when escaped; one would make the whole file unreadable.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

/** Text for an XML element or attribute: the five special characters as entities, forbidden ones dropped. */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML, "").replace(/[&<>"']/g, (character) => ENTITIES[character] ?? character);
}

function entryXml(element: "url" | "sitemap", entry: SitemapEntry): string {
  const lastmod = entry.lastModified ? `<lastmod>${entry.lastModified.toISOString()}</lastmod>` : "";
  return `<${element}><loc>${escapeXml(entry.loc)}</loc>${lastmod}</${element}>`;
}

function document(root: "urlset" | "sitemapindex", element: "url" | "sitemap", entries: SitemapEntry[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<${root} xmlns="${NAMESPACE}">`,
    ...entries.map((entry) => entryXml(element, entry)),
    `</${root}>`,
    "",
  ].join("\n");
}

/** A sitemap: at most 50,000 page addresses (the protocol's limit; the caller keeps to it). */
export function urlSetXml(entries: SitemapEntry[]): string {
  return document("urlset", "url", entries);
}

/** A sitemap index: the addresses of sitemaps. */
export function sitemapIndexXml(entries: SitemapEntry[]): string {
  return document("sitemapindex", "sitemap", entries);
}
