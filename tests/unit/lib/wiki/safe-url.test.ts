import { describe, expect, it } from "vitest";

import { safeUrl } from "@/lib/wiki/safe-url";

describe("safeUrl", () => {
  it.each([
    "https://example.com/a?b=c#d",
    "http://example.com",
    "HTTPS://EXAMPLE.COM",
    "mailto:editor@example.com",
    "/films/akira",
    "films/akira",
    "../akira",
    "?tab=cast",
    "#synopsis",
    "/search?q=a:b",
    "/wiki/Re:Zero",
    "#note:1",
    "",
  ])("keeps %j", (url) => {
    expect(safeUrl(url)).toBe(url);
  });

  it.each([
    "javascript:alert(1)",
    "JavaScript:alert(1)",
    "java%09script:alert(1)",
    " javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "file:///etc/passwd",
    "irc://irc.example.com",
    "ftp://example.com",
  ])("drops %j", (url) => {
    expect(safeUrl(url)).toBeNull();
  });
});
