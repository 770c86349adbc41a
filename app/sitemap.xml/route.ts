import { connection } from "next/server";
import { SITEMAP_HEADERS, sitemapIndexDocument } from "@/lib/sitemap/documents";
import { siteUrl } from "@/lib/site-url";

export async function GET() {
  await connection();
  return new Response(await sitemapIndexDocument(siteUrl()), { headers: SITEMAP_HEADERS });
}
