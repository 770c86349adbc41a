import { describe, expect, it } from "vitest";
import { escapeXml, sitemapIndexXml, urlSetXml } from "@/lib/sitemap/xml";

describe("escapeXml", () => {
  it("escapes the five special characters", () => {
    expect(escapeXml(`<a href="x">Tom & Jerry's</a>`)).toBe(
      "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;",
    );
  });

  it("drops characters XML cannot hold and keeps the rest, line breaks and non-Latin text included", () => {
    expect(escapeXml("a\u0000b\u0008c\u000Bd\uFFFEe\tf\ng\r")).toBe("abcde\tf\ng\r");
    expect(escapeXml("メモリーズ")).toBe("メモリーズ");
  });
});

describe("urlSetXml", () => {
  it("lists each address with its last change, escaped", () => {
    const xml = urlSetXml([
      { loc: "https://keyframe.example/films/a?b=1&c=2", lastModified: new Date("2026-01-02T03:04:05.000Z") },
      { loc: "https://keyframe.example/", lastModified: null },
    ]);
    expect(xml).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
        "<url><loc>https://keyframe.example/films/a?b=1&amp;c=2</loc><lastmod>2026-01-02T03:04:05.000Z</lastmod></url>",
        "<url><loc>https://keyframe.example/</loc></url>",
        "</urlset>",
        "",
      ].join("\n"),
    );
  });
});

describe("sitemapIndexXml", () => {
  it("lists sitemaps in a sitemapindex", () => {
    const xml = sitemapIndexXml([{ loc: "https://keyframe.example/sitemaps/films/0.xml", lastModified: null }]);
    expect(xml).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect(xml).toContain("<sitemap><loc>https://keyframe.example/sitemaps/films/0.xml</loc></sitemap>");
    expect(xml.trimEnd().endsWith("</sitemapindex>")).toBe(true);
  });
});
