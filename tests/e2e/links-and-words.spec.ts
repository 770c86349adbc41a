import { randomUUID } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { expect, test } from "./fixtures";
import { main, newFilm, signedInPage } from "./support/cached-pages";
import { DEV_PASSWORD, register, signIn, uniqueUsername } from "./support/accounts";
import { addFilm, startList } from "./support/lists";

// playwright.config.ts sets no SITE_URL: every absolute address must name the port the server runs on.
const origin = `http://localhost:${process.env.E2E_PORT ?? 3100}`;

test.describe("absolute addresses without SITE_URL", () => {
  test("the sitemap, the feed and the API name the address the server listens on", async ({ request }) => {
    const sitemap = await (await request.get("/sitemap.xml")).text();
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!);
    expect(locs.length).toBeGreaterThan(0);
    for (const loc of locs) expect(loc.startsWith(`${origin}/`), loc).toBe(true);

    const feed = await (await request.get("/recent-changes/feed.xml")).text();
    expect(feed).toContain(`<id>${origin}/recent-changes</id>`);

    const film = await (await request.get("/api/v1/films/memories")).json();
    expect(film.url).toBe(`${origin}/films/memories`);
  });
});

test("an unknown API address answers a JSON 404, whatever the method", async ({ request }) => {
  for (const [method, address] of [
    ["GET", "/api/v1/nope"],
    ["POST", "/api/v1/films/memories/credits"],
    ["GET", "/api/v1"],
  ] as const) {
    const response = await request.fetch(address, { method });
    expect(response.status(), `${method} ${address}`).toBe(404);
    expect(response.headers()["content-type"]).toBe("application/json; charset=utf-8");
    expect(await response.json()).toEqual({
      error: { code: "not_found", message: `No endpoint has the address ${address}.` },
    });
  }
});

test("a film with a poster describes itself to link previews", async ({ browser, page }) => {
  // A new film, two sign-ins and an upload on two busy cores.
  test.slow();
  const film = await newFilm(browser);
  const folder = await mkdtemp(path.join(tmpdir(), "keyframe-preview-"));
  try {
    const file = path.join(folder, "poster.png");
    const shade = Number.parseInt(randomUUID().slice(0, 2), 16);
    await writeFile(
      file,
      await sharp({ create: { width: 400, height: 600, channels: 3, background: { r: shade, g: 40, b: 90 } } })
        .png()
        .toBuffer(),
    );
    const admin = await signedInPage(browser, "admin");
    await admin.goto(`${film.path}/edit/poster`);
    await admin.getByLabel("Poster image").setInputFiles(file);
    await admin.getByLabel("Edit summary").fill("Add a poster");
    await admin.getByRole("button", { name: "Save Changes" }).click();
    await expect(main(admin).getByRole("status")).toContainText("live");
    await admin.context().close();
  } finally {
    await rm(folder, { recursive: true, force: true });
  }

  await page.goto(film.path);
  const meta = (selector: string) => page.locator(`head meta[${selector}]`);
  // newFilm's deck.
  const deck = "A film for checking that readers never see stale pages.";
  await expect(meta('name="description"')).toHaveAttribute("content", deck);
  await expect(meta('property="og:description"')).toHaveAttribute("content", deck);
  await expect(meta('property="og:title"')).toHaveAttribute("content", film.title);
  await expect(meta('property="og:type"')).toHaveAttribute("content", "video.movie");
  await expect(meta('property="og:url"')).toHaveAttribute("content", `${origin}${film.path}`);
  const image = await meta('property="og:image"').getAttribute("content");
  expect(image).toMatch(new RegExp(`^${origin}/media/films/\\d+/[a-z0-9]+\\.webp$`));
  await expect(meta('property="og:image:width"')).toHaveAttribute("content", "400");
  await expect(meta('property="og:image:height"')).toHaveAttribute("content", "600");
  await expect(meta('property="og:image:alt"')).toHaveAttribute("content", `Poster of ${film.title}`);
  await expect(meta('name="twitter:card"')).toHaveAttribute("content", "summary_large_image");
  // The address in the preview is the picture itself, for anyone (the approved poster is public).
  const served = await page.request.get(image!);
  expect(served.status()).toBe(200);
  expect(served.headers()["content-type"]).toBe("image/webp");
});

test("text a browser without JavaScript posts with CRLF is stored with LF", async ({ browser, request }) => {
  test.slow();
  const film = await newFilm(browser);
  const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(`${film.path}/edit/description`)}`);
  await signIn(page, "admin", DEV_PASSWORD);
  await expect(page).toHaveURL(`${film.path}/edit/description`);
  await page.getByLabel("Deck").fill("Line one\nLine two");
  await page.getByLabel("Description").fill("First paragraph.\n\nSecond paragraph.");
  await page.getByLabel("Edit summary").fill("Deck on two lines");
  const [posted] = await Promise.all([
    page.waitForRequest((sent) => sent.method() === "POST"),
    page.getByRole("button", { name: "Save Changes" }).click(),
  ]);
  // The form's own encoding: what the server must normalise.
  expect(posted.postData()).toContain("Line one\r\nLine two");
  await expect(page).toHaveURL(/\/submissions\/\d+\?saved=1$/);
  await page.context().close();

  const stored = await (await request.get(`/api/v1${film.path}`)).json();
  expect(stored.deck).toBe("Line one\nLine two");
  expect(stored.description).toBe("First paragraph.\n\nSecond paragraph.");
});

test("counts agree with their nouns: 1 item, 2 items", async ({ page }) => {
  await register(page, uniqueUsername("counts"), "a long list password 1995");
  await startList(page, `Counted ${randomUUID()}`, "PRIVATE");
  const byline = main(page).getByText(/^a list of \d+ items? by/);
  await expect(byline).toHaveText(/^a list of 0 items by/);
  await addFilm(page, "Akira");
  await expect(byline).toHaveText(/^a list of 1 item by/);
  await addFilm(page, "Steamboy");
  await expect(byline).toHaveText(/^a list of 2 items by/);
});
