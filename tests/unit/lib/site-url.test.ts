import { describe, expect, it } from "vitest";
import { resolveSiteUrl } from "@/lib/site-url";

describe("resolveSiteUrl", () => {
  it("is SITE_URL when set, whatever the port", () => {
    expect(resolveSiteUrl({ SITE_URL: "https://keyframe.example", PORT: "3999" }).href).toBe(
      "https://keyframe.example/",
    );
  });

  it("is the address the server listens on when SITE_URL is unset or empty", () => {
    expect(resolveSiteUrl({ PORT: "3999" }).href).toBe("http://localhost:3999/");
    expect(resolveSiteUrl({ SITE_URL: "", PORT: "3999" }).href).toBe("http://localhost:3999/");
    expect(resolveSiteUrl({}).href).toBe("http://localhost:3000/");
  });

  it("refuses an address that is not http(s)", () => {
    expect(() => resolveSiteUrl({ SITE_URL: "ftp://keyframe.example" })).toThrow();
  });
});
