// Only HTTP here: the `request` fixture needs no browser, so this spec uses Playwright's own `test`.
import { expect, test, type APIResponse } from "@playwright/test";

const FILM = "/api/v1/films/memories";

function expectJsonApiHeaders(response: APIResponse) {
  expect(response.headers()["content-type"]).toBe("application/json; charset=utf-8");
  expect(response.headers()["access-control-allow-origin"]).toBe("*");
}

/** The `<loc>`s of a sitemap or sitemap index, as paths on the server under test. */
function locPaths(xml: string): string[] {
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!.replaceAll("&amp;", "&")).pathname);
}

test.describe("the JSON API", () => {
  test("searches films, people and characters", async ({ request }) => {
    const response = await request.get("/api/v1/search?q=memries&limit=5");
    expect(response.status()).toBe(200);
    expectJsonApiHeaders(response);
    const found = await response.json();
    expect(found).toMatchObject({ query: "memries", type: "all", page: 1 });
    expect(found.results[0]).toMatchObject({
      type: "film",
      slug: "memories",
      name: "Memories",
      year: 1995,
      format: "film",
    });
    expect(found.results[0].url).toMatch(/\/films\/memories$/);
    expect(found.results.length).toBeLessThanOrEqual(5);

    const people = await (await request.get("/api/v1/search?q=otomo&type=people")).json();
    expect(people.results.every((result: { type: string }) => result.type === "person")).toBe(true);
    expect(people.totals.films).toBeGreaterThan(0);
  });

  test("refuses a search it cannot run, naming the parameter", async ({ request }) => {
    const cases: [string, string][] = [
      ["/api/v1/search", "q"],
      ["/api/v1/search?q=%20%20", "q"],
      [`/api/v1/search?q=${"a".repeat(201)}`, "q"],
      ["/api/v1/search?q=akira&sort=new", "sort"],
      ["/api/v1/search?q=akira&limit=500", "limit"],
      ["/api/v1/search?q=akira&type=films&type=people", "type"],
    ];
    for (const [path, parameter] of cases) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(400);
      expect((await response.json()).error, path).toMatchObject({ code: "bad_request", parameter });
    }
    const sql = await request.get(`/api/v1/search?q=${encodeURIComponent(`'; DROP TABLE "Film"; --`)}`);
    expect(sql.status()).toBe(200);
    expect((await sql.json()).totals.all).toBe(0);
  });

  test("answers a film as JSON with cache headers and an ETag", async ({ request }) => {
    const response = await request.get(FILM);
    expect(response.status()).toBe(200);
    expectJsonApiHeaders(response);
    expect(response.headers()["cache-control"]).toBe("public, max-age=60, s-maxage=300, stale-while-revalidate=86400");
    expect(response.headers()["etag"]).toMatch(/^"[\w-]+"$/);
    const film = await response.json();
    expect(film).toMatchObject({ slug: "memories", title: "Memories", year: 1995, format: "film", contentRating: "R" });
    expect(film.url).toMatch(/\/films\/memories$/);
    expect(film.credits).toHaveLength(11);
    expect(film.segments.map((segment: { title: string }) => segment.title)).toEqual([
      "Magnetic Rose",
      "Stink Bomb",
      "Cannon Fodder",
    ]);
    expect(film).not.toHaveProperty("id");
  });

  test("answers 304 to a client that already holds the current body", async ({ request }) => {
    const etag = (await request.get(FILM)).headers()["etag"]!;
    for (const ifNoneMatch of [etag, `W/${etag}`, `"stale", ${etag}`]) {
      const response = await request.get(FILM, { headers: { "If-None-Match": ifNoneMatch } });
      expect(response.status(), ifNoneMatch).toBe(304);
      expect(response.headers()["etag"]).toBe(etag);
      expect(await response.body()).toHaveLength(0);
    }
    expect((await request.get(FILM, { headers: { "If-None-Match": '"stale"' } })).status()).toBe(200);
  });

  test("answers HEAD with the headers of GET and no body", async ({ request }) => {
    const get = await request.get(FILM);
    const head = await request.head(FILM);
    expect(head.status()).toBe(200);
    expect(head.headers()["etag"]).toBe(get.headers()["etag"]);
    expect(await head.body()).toHaveLength(0);
  });

  test("answers a person with credits naming films", async ({ request }) => {
    const response = await request.get("/api/v1/people/yoko-kanno");
    expect(response.status()).toBe(200);
    const person = await response.json();
    expect(person).toMatchObject({ slug: "yoko-kanno", name: "Yoko Kanno" });
    expect(person.credits).toContainEqual(
      expect.objectContaining({ film: { slug: "memories", title: "Memories", year: 1995 }, role: "Music" }),
    );
  });

  for (const path of [
    "/api/v1/films/no-such-film",
    "/api/v1/people/no-such-person",
    "/api/v1/characters/no-such-character",
  ]) {
    test(`answers 404 JSON for ${path}`, async ({ request }) => {
      const response = await request.get(path);
      expect(response.status()).toBe(404);
      expectJsonApiHeaders(response);
      expect((await response.json()).error).toMatchObject({ code: "not_found" });
    });
  }

  test("refuses an unknown query parameter by name", async ({ request }) => {
    const response = await request.get(`${FILM}?fields=title`);
    expect(response.status()).toBe(400);
    expectJsonApiHeaders(response);
    expect(response.headers()["cache-control"]).toBe("no-store");
    expect(await response.json()).toEqual({
      error: { code: "bad_request", message: 'Unknown query parameter "fields".', parameter: "fields" },
    });
  });

  test("refuses every method that would change something", async ({ request }) => {
    for (const method of ["POST", "PUT", "PATCH", "DELETE"]) {
      const response = await request.fetch(FILM, { method, data: {} });
      expect(response.status(), method).toBe(405);
      expect(response.headers()["allow"]).toBe("GET, HEAD, OPTIONS");
      expectJsonApiHeaders(response);
      expect((await response.json()).error.code).toBe("method_not_allowed");
    }
  });

  test("answers a CORS preflight", async ({ request }) => {
    const response = await request.fetch(FILM, {
      method: "OPTIONS",
      headers: { Origin: "https://elsewhere.example", "Access-Control-Request-Method": "GET" },
    });
    expect(response.status()).toBe(204);
    expect(response.headers()["access-control-allow-origin"]).toBe("*");
    expect(response.headers()["access-control-allow-headers"]).toBe("If-None-Match");
  });
});

test.describe("sitemap and robots.txt", () => {
  test("robots.txt keeps crawlers out of private pages and names the sitemap", async ({ request }) => {
    const response = await request.get("/robots.txt");
    expect(response.status()).toBe(200);
    const text = await response.text();
    expect(text).toContain("User-Agent: *\nAllow: /\n");
    for (const path of ["/moderation", "/admin/", "/submissions/", "/sign-in", "/register", "/films/*/edit/"]) {
      expect(text).toContain(`Disallow: ${path}\n`);
    }
    expect(text).toMatch(/^Sitemap: https?:\/\/[^/]+\/sitemap\.xml$/m);
  });

  test("the sitemap index links chunks that resolve and list every film page", async ({ request }) => {
    const index = await request.get("/sitemap.xml");
    expect(index.status()).toBe(200);
    expect(index.headers()["content-type"]).toBe("application/xml; charset=utf-8");
    const indexXml = await index.text();
    expect(indexXml).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    const chunks = locPaths(indexXml);
    expect(chunks).toEqual(
      expect.arrayContaining(["/sitemaps/pages/0.xml", "/sitemaps/films/0.xml", "/sitemaps/people/0.xml"]),
    );

    const pages: string[] = [];
    for (const chunk of chunks) {
      const response = await request.get(chunk);
      expect(response.status(), chunk).toBe(200);
      const xml = await response.text();
      expect(xml, chunk).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
      pages.push(...locPaths(xml));
    }
    expect(pages).toEqual(
      expect.arrayContaining(["/", "/films", "/lists", "/recent-changes", "/films/memories", "/films/akira"]),
    );
    expect(pages).toContain("/people/yoko-kanno");

    const films = pages.filter((path) => path.startsWith("/films/"));
    for (const film of films) expect((await request.get(film)).status(), film).toBe(200);
  });

  test("an unknown sitemap chunk is not found", async ({ request }) => {
    expect((await request.get("/sitemaps/films/999.xml")).status()).toBe(404);
    expect((await request.get("/sitemaps/secrets/0.xml")).status()).toBe(404);
  });
});
