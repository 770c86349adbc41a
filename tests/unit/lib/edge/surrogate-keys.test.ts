import { describe, expect, test } from "vitest";
import { SURROGATE_HEADERS } from "@/lib/edge/config";
import {
  labelPageForEdge,
  MAX_SURROGATE_HEADER_BYTES,
  surrogateHeaderValue,
  surrogateKey,
  surrogateKeys,
} from "@/lib/edge/surrogate-keys";

const tags = "_N_T_/layout,_N_T_/films/[slug]/page,film:memories,person:satoshi-kon,film:memories";

describe("surrogate keys", () => {
  test("keep Keyframe's tags as they are and escape what would split or break a header", () => {
    expect(surrogateKey("film:memories")).toBe("film:memories");
    expect(surrogateKey("film:a b,c%")).toBe("film:a%20b%2Cc%25");
    expect(surrogateKey("person:今敏")).toBe("person:%E4%BB%8A%E6%95%8F");
  });

  test("leave out Next's per-path tags and repeats", () => {
    expect(surrogateKeys(tags.split(","))).toEqual(["film:memories", "person:satoshi-kon"]);
  });

  test("are joined as each edge reads them", () => {
    expect(surrogateHeaderValue(tags.split(","), SURROGATE_HEADERS["surrogate-key"])).toBe(
      "film:memories person:satoshi-kon",
    );
    expect(surrogateHeaderValue(tags.split(","), SURROGATE_HEADERS["cache-tag"])).toBe(
      "film:memories,person:satoshi-kon",
    );
  });

  test("are refused when an edge could not read them all", () => {
    const many = Array.from({ length: MAX_SURROGATE_HEADER_BYTES / 8 }, (_, index) => `film:${index}`);
    expect(surrogateHeaderValue(many, SURROGATE_HEADERS.xkey)).toBeNull();
  });
});

describe("a stored page", () => {
  const page = () => ({ kind: "APP_PAGE", headers: { "x-next-cache-tags": tags } as Record<string, string> });

  test("carries its keys in the edge's header", () => {
    const entry = page();
    labelPageForEdge(entry, { stale: false, header: SURROGATE_HEADERS.xkey });
    expect(entry.headers.xkey).toBe("film:memories person:satoshi-kon");
    expect(entry.headers["cache-control"]).toBeUndefined();
  });

  test("that the cache refuses as stale is private, so no edge keeps it", () => {
    const entry = page();
    labelPageForEdge(entry, { stale: true, header: SURROGATE_HEADERS.xkey });
    expect(entry.headers["cache-control"]).toBe("private, no-store");
  });

  test("whose keys are too many is private", () => {
    const entry = page();
    entry.headers["x-next-cache-tags"] = Array.from({ length: 2_000 }, (_, index) => `film:${index}`).join(",");
    labelPageForEdge(entry, { stale: false, header: SURROGATE_HEADERS["cache-tag"] });
    expect(entry.headers["cache-tag"]).toBeUndefined();
    expect(entry.headers["cache-control"]).toBe("private, no-store");
  });

  test("without an edge carries no keys", () => {
    const entry = page();
    labelPageForEdge(entry, { stale: false, header: null });
    expect(Object.keys(entry.headers)).toEqual(["x-next-cache-tags"]);
  });

  test("a cached read is left alone", () => {
    const entry = { kind: "FETCH", headers: { "x-next-cache-tags": tags } as Record<string, string> };
    labelPageForEdge(entry, { stale: true, header: SURROGATE_HEADERS.xkey });
    expect(Object.keys(entry.headers)).toEqual(["x-next-cache-tags"]);
  });
});
