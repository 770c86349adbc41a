import type { MetadataRoute } from "next";

/**
 * Pages crawlers should leave alone: forms, the moderation and admin tools, personal pages, search
 * results (endless and thin), the JSON API and the data dumps' files (for programs, not search
 * results; `/dumps` itself, which describes them, is a page). `*` stands for a
 * slug and `$` ends a path, so `/films/new$` does not also hide a film whose slug starts with "new".
 */
export const DISALLOWED_PATHS = [
  "/admin/",
  "/moderation",
  "/submissions/",
  "/sign-in",
  "/register",
  "/search",
  "/api/",
  "/dumps/",
  "/films/new$",
  "/people/new$",
  "/characters/new$",
  "/lists/new$",
  "/films/*/edit/",
  "/films/*/history/compare",
  "/people/*/edit",
  "/characters/*/edit",
  "/lists/*/edit",
  "/lists/*/order",
  "/lists/*/delete",
  "/users/*/submissions",
];

export function robotsRules(site: URL): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/", disallow: DISALLOWED_PATHS },
    sitemap: new URL("/sitemap.xml", site).href,
  };
}
