import { describe, expect, test } from "vitest";
import { edgeConfigFrom } from "@/lib/edge/config";

describe("edge configuration", () => {
  test("none by default: no keys, no purges", () => {
    expect(edgeConfigFrom({})).toEqual({ env: { KEYFRAME_EDGE: "none" }, header: null });
  });

  test("each edge gets the header it reads unless one is chosen", () => {
    expect(
      edgeConfigFrom({ KEYFRAME_EDGE: "varnish", KEYFRAME_VARNISH_URLS: "http://127.0.0.1:6081" }).header?.name,
    ).toBe("xkey");
    const fastly = { KEYFRAME_EDGE: "fastly", KEYFRAME_FASTLY_SERVICE_ID: "s", KEYFRAME_FASTLY_API_TOKEN: "t" };
    expect(edgeConfigFrom(fastly).header?.name).toBe("Surrogate-Key");
    expect(edgeConfigFrom({ ...fastly, KEYFRAME_SURROGATE_HEADER: "Cache-Tag" }).header?.name).toBe("Cache-Tag");
  });

  test("several Varnish addresses, by spaces or commas", () => {
    const config = edgeConfigFrom({
      KEYFRAME_EDGE: "varnish",
      KEYFRAME_VARNISH_URLS: "http://10.0.0.1:6081, http://10.0.0.2:6081",
    });
    expect(config.env).toMatchObject({ KEYFRAME_VARNISH_URLS: ["http://10.0.0.1:6081", "http://10.0.0.2:6081"] });
  });

  test("a missing credential or unknown header fails loudly", () => {
    expect(() => edgeConfigFrom({ KEYFRAME_EDGE: "cloudflare", KEYFRAME_CLOUDFLARE_ZONE_ID: "z" })).toThrow(
      /KEYFRAME_CLOUDFLARE_API_TOKEN/,
    );
    expect(() => edgeConfigFrom({ KEYFRAME_EDGE: "akamai" })).toThrow();
    expect(() => edgeConfigFrom({ KEYFRAME_SURROGATE_HEADER: "X-Tags" })).toThrow(/Surrogate-Key, Cache-Tag or xkey/);
  });
});
