import { z } from "zod";

const SiteUrlSchema = z.url({ protocol: /^https?$/ });

/**
 * The public address: SITE_URL, else the address the server listens on (`http://localhost:$PORT`).
 * Never the request's Host header: pages and feeds are cached and shared between requests, and any
 * client may send any Host.
 */
export function resolveSiteUrl(env: { SITE_URL?: string; PORT?: string }): URL {
  return new URL(SiteUrlSchema.parse(env.SITE_URL || `http://localhost:${env.PORT || "3000"}`));
}

/** The public address of the site, for absolute links in metadata, structured data, feeds and the API. */
export function siteUrl(): URL {
  return resolveSiteUrl({ SITE_URL: process.env.SITE_URL, PORT: process.env.PORT });
}
