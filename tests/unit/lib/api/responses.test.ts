import { describe, expect, it } from "vitest";
import { ApiError } from "@/lib/api/errors";
import {
  errorResponse,
  etagOf,
  ifNoneMatchHits,
  jsonResponse,
  NOT_FOUND_CACHE_CONTROL,
  preflightResponse,
  SUCCESS_CACHE_CONTROL,
} from "@/lib/api/responses";

const get = (headers: Record<string, string> = {}, method = "GET") =>
  new Request("http://localhost/api/v1/films/memories", { method, headers });

describe("etagOf", () => {
  it("is a quoted strong validator that changes with the body", () => {
    expect(etagOf("{}")).toMatch(/^"[A-Za-z0-9_-]{32}"$/);
    expect(etagOf("{}")).toBe(etagOf("{}"));
    expect(etagOf('{"a":1}')).not.toBe(etagOf('{"a":2}'));
  });
});

describe("ifNoneMatchHits", () => {
  const etag = '"abc"';
  it.each([
    ['"abc"', true],
    ['W/"abc"', true],
    ['"x", "abc"', true],
    ["*", true],
    ['"abd"', false],
    ["abc", false],
    ["", false],
  ])("%j → %s", (header, hits) => {
    expect(ifNoneMatchHits(header, etag)).toBe(hits);
  });

  it("misses without the header", () => {
    expect(ifNoneMatchHits(null, etag)).toBe(false);
  });
});

describe("jsonResponse", () => {
  it("answers 200 with JSON, cache headers, an ETag and CORS", async () => {
    const response = jsonResponse(get(), { slug: "memories" });
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("application/json; charset=utf-8");
    expect(response.headers.get("Cache-Control")).toBe(SUCCESS_CACHE_CONTROL);
    expect(response.headers.get("ETag")).toBe(etagOf('{"slug":"memories"}'));
    expect(response.headers.get("Access-Control-Allow-Origin")).toBe("*");
    expect(await response.json()).toEqual({ slug: "memories" });
  });

  it("answers 304 without a body when If-None-Match names the ETag", async () => {
    const etag = etagOf('{"slug":"memories"}');
    const response = jsonResponse(get({ "If-None-Match": etag }), { slug: "memories" });
    expect(response.status).toBe(304);
    expect(response.headers.get("ETag")).toBe(etag);
    expect(response.headers.get("Cache-Control")).toBe(SUCCESS_CACHE_CONTROL);
    expect(await response.text()).toBe("");
  });

  it("answers 200 when the client's copy is outdated", () => {
    expect(jsonResponse(get({ "If-None-Match": etagOf("{}") }), { slug: "memories" }).status).toBe(200);
  });

  it("sends the headers but no body to HEAD", async () => {
    const response = jsonResponse(get({}, "HEAD"), { slug: "memories" });
    expect(response.status).toBe(200);
    expect(response.headers.get("ETag")).toBe(etagOf('{"slug":"memories"}'));
    expect(await response.text()).toBe("");
  });
});

describe("errorResponse", () => {
  it("wraps the error in { error: { code, message } } and is never stored", async () => {
    const response = errorResponse(new ApiError(400, "bad_request", 'Unknown query parameter "x".', "x"));
    expect(response.status).toBe(400);
    expect(response.headers.get("Content-Type")).toBe("application/json; charset=utf-8");
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    expect(response.headers.get("Access-Control-Allow-Origin")).toBe("*");
    expect(await response.json()).toEqual({
      error: { code: "bad_request", message: 'Unknown query parameter "x".', parameter: "x" },
    });
  });

  it("lets a 404 be cached briefly", async () => {
    const response = errorResponse(new ApiError(404, "not_found", "No film."));
    expect(response.headers.get("Cache-Control")).toBe(NOT_FOUND_CACHE_CONTROL);
    expect(await response.json()).toEqual({ error: { code: "not_found", message: "No film." } });
  });

  it("names the allowed methods on a 405", () => {
    const response = errorResponse(new ApiError(405, "method_not_allowed", "Read-only."));
    expect(response.headers.get("Allow")).toBe("GET, HEAD, OPTIONS");
  });
});

describe("preflightResponse", () => {
  it("allows reading, with If-None-Match, from any origin", () => {
    const response = preflightResponse();
    expect(response.status).toBe(204);
    expect(response.headers.get("Access-Control-Allow-Methods")).toBe("GET, HEAD, OPTIONS");
    expect(response.headers.get("Access-Control-Allow-Headers")).toBe("If-None-Match");
  });
});
