import type { Response } from "@playwright/test";
import { expect, test } from "./fixtures";

const POLICY = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self'",
  "style-src-attr 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

function expectSecurityHeaders(response: Response | null) {
  const headers = response?.headers() ?? {};
  expect(headers["content-security-policy"]).toBe(POLICY);
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["permissions-policy"]).toContain("camera=()");
}

test("the home page is sent with the security headers", async ({ page }) => {
  expectSecurityHeaders(await page.goto("/"));
});

for (const [name, path] of [
  ["a film page", "/films/akira"],
  ["the prerendered /about", "/about"],
] as const) {
  test(`${name} is sent with the security headers, the same from the cache`, async ({ page }) => {
    expectSecurityHeaders(await page.goto(path));
    const again = await page.goto(path);
    // The policy carries no per-request nonce, so the page itself stays one shared copy.
    expect(again?.headers()["x-nextjs-cache"]).toBe("HIT");
    expectSecurityHeaders(again);
  });
}

test("a page hydrates under the policy: nothing it needs is refused", async ({ page }) => {
  // Any refused script or style is a console error, which fails the test (fixtures.ts).
  await page.goto("/films/akira");
  await page.getByRole("banner").getByRole("combobox").fill("neo");
  await expect(page.getByRole("listbox").getByRole("option").first()).toBeVisible();
});

test("the JSON API keeps its CORS headers", async ({ request }) => {
  const response = await request.get("/api/v1/films/akira");
  expect(response.headers()["access-control-allow-origin"]).toBe("*");
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
});
