import type { MetadataRoute } from "next";
import { siteUrl } from "@/lib/site-url";
import { robotsRules } from "@/lib/sitemap/robots";

// Read SITE_URL when asked, not when built: the same build may serve another address.
export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  return robotsRules(siteUrl());
}
