import { describe, expect, it } from "vitest";
import { DISALLOWED_PATHS, robotsRules } from "@/lib/sitemap/robots";

describe("robotsRules", () => {
  const robots = robotsRules(new URL("https://keyframe.example"));

  it("points at the sitemap index on the site's own address", () => {
    expect(robots.sitemap).toBe("https://keyframe.example/sitemap.xml");
  });

  it("allows the site and keeps crawlers out of forms, tools and personal pages", () => {
    expect(robots.rules).toEqual({ userAgent: "*", allow: "/", disallow: DISALLOWED_PATHS });
    for (const path of ["/moderation", "/admin/", "/submissions/", "/sign-in", "/register", "/films/*/edit/"]) {
      expect(DISALLOWED_PATHS).toContain(path);
    }
  });

  it("never hides a public page", () => {
    const hidden = (path: string) =>
      DISALLOWED_PATHS.some((rule) => {
        // Robots rules: a prefix match where `*` is any run of characters and `$` ends the path.
        const pattern = rule.replace(/[.?+^{}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*");
        return new RegExp(`^${pattern}`).test(path);
      });
    for (const path of [
      "/",
      "/films/memories",
      "/films/new-dominion-tank-police",
      "/people/katsuhiro-otomo",
      "/characters/heintz",
      "/lists",
      "/lists/3",
      "/genres/science-fiction",
      "/recent-changes",
      "/users/editor",
      "/dumps",
    ]) {
      expect(hidden(path), path).toBe(false);
    }
    for (const path of [
      "/films/new",
      "/films/memories/edit/credits",
      "/lists/3/edit",
      "/users/editor/submissions",
      "/dumps/keyframe-2026-12-02.jsonl.gz",
    ]) {
      expect(hidden(path), path).toBe(true);
    }
  });
});
