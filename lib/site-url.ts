import { z } from "zod";

const SiteUrlSchema = z.url({ protocol: /^https?$/ }).default("http://localhost:3000");

/** The public address of the site, for absolute links in metadata and structured data. */
export function siteUrl(): URL {
  return new URL(SiteUrlSchema.parse(process.env.SITE_URL || undefined));
}
