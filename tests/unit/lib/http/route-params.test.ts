import { describe, expect, it } from "vitest";
import { decodedParams } from "@/lib/http/route-params";

describe("a page's route params", () => {
  it("are decoded as the address spelled them", async () => {
    expect(await decodedParams(Promise.resolve({ slug: "%E8%A8%98%E6%86%B6", episode: "1" }))).toEqual({
      slug: "記憶",
      episode: "1",
    });
    expect(await decodedParams(Promise.resolve({ slug: "memories" }))).toEqual({ slug: "memories" });
  });

  it("keep a malformed escape as it came, so the lookup finds nothing rather than failing", async () => {
    expect(await decodedParams(Promise.resolve({ slug: "100%-x" }))).toEqual({ slug: "100%-x" });
  });
});
