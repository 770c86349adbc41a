import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { orNotFound } from "@/lib/api/errors";
import { NoQuerySchema } from "@/lib/api/query";
import { readOnlyEndpoint, unknownEndpoint } from "@/lib/api/route";

// Outside a Next.js request there is nothing to wait for.
vi.mock("next/server", () => ({ connection: async () => undefined }));

const films: Record<string, { slug: string }> = { memories: { slug: "memories" } };

const endpoint = readOnlyEndpoint({
  query: NoQuerySchema,
  load: async ({ params }: { params: { slug: string } }) =>
    orNotFound(films[params.slug] ?? null, `No film has the slug "${params.slug}".`),
});

const context = (slug: string) => ({ params: Promise.resolve({ slug }) });
const request = (path: string, method = "GET") => new Request(`http://localhost${path}`, { method });

describe("readOnlyEndpoint", () => {
  it("answers GET with the loaded body", async () => {
    const response = await endpoint.GET(request("/api/v1/films/memories"), context("memories"));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ slug: "memories" });
  });

  it("answers HEAD with the same headers and no body", async () => {
    const get = await endpoint.GET(request("/api/v1/films/memories"), context("memories"));
    const head = await endpoint.HEAD(request("/api/v1/films/memories", "HEAD"), context("memories"));
    expect(head.status).toBe(200);
    expect(head.headers.get("ETag")).toBe(get.headers.get("ETag"));
    expect(await head.text()).toBe("");
  });

  it("answers 404 JSON for an unknown slug", async () => {
    const response = await endpoint.GET(request("/api/v1/films/nope"), context("nope"));
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: { code: "not_found", message: 'No film has the slug "nope".' } });
  });

  it("answers 400 naming an unknown query parameter before loading anything", async () => {
    const load = vi.fn(async () => ({}));
    const strict = readOnlyEndpoint({ query: z.strictObject({ q: z.string() }), load });
    const response = await strict.GET(request("/api/v1/search?q=a&limit=5"), { params: Promise.resolve({}) });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: { code: "bad_request", message: 'Unknown query parameter "limit".', parameter: "limit" },
    });
    expect(load).not.toHaveBeenCalled();
  });

  it("passes the parsed query to load", async () => {
    const strict = readOnlyEndpoint({
      query: z.strictObject({ q: z.string().trim() }),
      load: async ({ query }) => ({ echo: query.q }),
    });
    const response = await strict.GET(request("/api/v1/search?q=%20akira%20"), { params: Promise.resolve({}) });
    expect(await response.json()).toEqual({ echo: "akira" });
  });

  it.each(["POST", "PUT", "PATCH", "DELETE"] as const)("answers %s with 405 and Allow", async (method) => {
    const response = await endpoint[method](request("/api/v1/films/memories", method));
    expect(response.status).toBe(405);
    expect(response.headers.get("Allow")).toBe("GET, HEAD, OPTIONS");
    expect(await response.json()).toMatchObject({ error: { code: "method_not_allowed" } });
  });

  it("answers a CORS preflight", async () => {
    const response = await endpoint.OPTIONS();
    expect(response.status).toBe(204);
    expect(response.headers.get("Access-Control-Allow-Origin")).toBe("*");
  });

  it("turns an unexpected failure into 500 JSON, logging it", async () => {
    const log = vi.spyOn(console, "error").mockImplementationOnce(() => undefined);
    const failing = readOnlyEndpoint({
      query: NoQuerySchema,
      load: async () => {
        throw new Error("connection refused");
      },
    });
    const response = await failing.GET(request("/api/v1/films/memories"), { params: Promise.resolve({}) });
    expect(response.status).toBe(500);
    expect(response.headers.get("Content-Type")).toBe("application/json; charset=utf-8");
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    expect(await response.json()).toEqual({
      error: { code: "internal_error", message: "Something went wrong on our side." },
    });
    expect(log).toHaveBeenCalledOnce();
    log.mockClear();
  });
});

describe("unknownEndpoint", () => {
  const unknown = unknownEndpoint();

  it("answers any method with the API's JSON 404", async () => {
    for (const method of ["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const) {
      const response = await unknown[method](request("/api/v1/nope", method));
      expect(response.status).toBe(404);
      expect(response.headers.get("Content-Type")).toBe("application/json; charset=utf-8");
      expect(await response.json()).toEqual({
        error: { code: "not_found", message: "No endpoint has the address /api/v1/nope." },
      });
    }
  });

  it("answers HEAD with no body", async () => {
    const response = await unknown.HEAD(request("/api/v1/nope", "HEAD"));
    expect(response.status).toBe(404);
    expect(await response.text()).toBe("");
  });
});
