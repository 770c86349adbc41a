import { randomUUID } from "node:crypto";
import { access, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Page } from "@playwright/test";
import sharp from "sharp";
import { expect, test } from "./fixtures";
import { DEV_PASSWORD, register, signIn, uniqueUsername } from "./support/accounts";

// Posters go on Akira: Memories' page is checked word for word by other tests.
let folder: string;

test.beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), "keyframe-poster-"));
});

test.afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** A PNG no earlier run uploaded: the same picture for the same film would reuse that image. */
async function uniquePng(name: string): Promise<string> {
  const [r, g, b] = randomUUID()
    .slice(0, 6)
    .match(/../g)!
    .map((hex) => Number.parseInt(hex, 16));
  const file = path.join(folder, name);
  await writeFile(
    file,
    await sharp({ create: { width: 400, height: 600, channels: 3, background: { r: r!, g: g!, b: b! } } })
      .png()
      .toBuffer(),
  );
  return file;
}

// Where the e2e server keeps uploads (playwright.config.ts gives it this data folder).
const mediaFolder = path.resolve(`.data/e2e-${process.env.E2E_PORT ?? 3100}/media`);

const exists = (file: string) =>
  access(file).then(
    () => true,
    () => false,
  );

async function openPosterForm(page: Page, username: string): Promise<void> {
  await page.goto("/films/akira/edit/poster");
  await signIn(page, username, DEV_PASSWORD);
  await expect(page).toHaveURL("/films/akira/edit/poster");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Edit Poster — Akira");
}

test("an admin's poster goes live and the film page shows it", async ({ page }) => {
  // A colour of its own, so the picture is new whatever ran before.
  const shade = Number.parseInt(randomUUID().slice(0, 2), 16);
  const file = path.join(folder, "akira-poster.png");
  await writeFile(
    file,
    await sharp({ create: { width: 400, height: 600, channels: 3, background: { r: shade, g: 80, b: 160 } } })
      .png()
      .toBuffer(),
  );
  const caption = `Original US Poster Art ${randomUUID().slice(0, 8)}`;

  await openPosterForm(page, "admin");
  await page.getByLabel("Poster image").setInputFiles(file);
  await page.getByLabel("Caption (optional)").fill(caption);
  await page.getByLabel("Edit summary").fill("Add the poster");
  await page.getByRole("button", { name: "Save Changes" }).click();
  await expect(page).toHaveURL(/\/submissions\/\d+\?saved=1$/);
  await expect(page.getByText("Your edit is live.")).toBeVisible();
  const thumbnail = page.getByRole("img", { name: /^Image #\d+$/ });
  await expect(thumbnail).toHaveCount(1);
  // Approved, so public: anyone, signed in or not, and any cache may keep it.
  const imageId = (await thumbnail.getAttribute("alt"))!.slice("Image #".length);
  const anonymous = await page.context().browser()!.newContext();
  const redirect = await anonymous.request.get(`/images/${imageId}`, { maxRedirects: 0 });
  expect(redirect.status()).toBe(307);
  const served = await anonymous.request.get(redirect.headers().location!);
  expect(served.status()).toBe(200);
  expect(served.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  await anonymous.close();

  await page.goto("/films/akira");
  const region = page.getByRole("region", { name: "Poster", exact: true });
  await expect(region.getByRole("link", { name: "Edit Poster" })).toHaveAttribute("href", "/films/akira/edit/poster");
  await expect(region.getByText(caption)).toBeVisible();
  const poster = region.getByRole("img", { name: "Poster of Akira" });
  await poster.scrollIntoViewIfNeeded();
  await expect
    .poll(() => poster.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
    .toBeGreaterThan(0);
});

test("an upload is private until approved, and a rejected one is gone", async ({ page, browser }) => {
  // Three people and an upload: on two busy cores this takes longer than the default.
  test.slow();
  const file = await uniquePng("pending-poster.png");
  await page.goto("/films/akira/edit/poster");
  await register(page, uniqueUsername("poster"), "a long and unusual passphrase");
  await page.goto("/films/akira/edit/poster");
  await page.getByLabel("Poster image").setInputFiles(file);
  const caption = `Japanese theatrical poster ${randomUUID().slice(0, 8)}`;
  await page.getByLabel("Caption (optional)").fill(caption);
  await page.getByLabel("Edit summary").fill("A poster to review");
  await page.getByRole("button", { name: "Save Changes" }).click();
  await expect(page).toHaveURL(/\/submissions\/\d+\?saved=1$/);
  const submissionPath = new URL(page.url()).pathname;
  // The diff shows the current poster, if any, then the proposed one: its author sees its thumbnail.
  const proposedImage = page.getByRole("img", { name: /^Image #\d+$/ }).last();
  await expect
    .poll(() => proposedImage.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
    .toBeGreaterThan(0);
  await expect(page.getByRole("table", { name: /with this edit/ }).getByText(`Caption: ${caption}`)).toBeVisible();
  const imageId = (await proposedImage.getAttribute("alt"))!.slice("Image #".length);

  // Its uploader sees it, never from a shared cache.
  const redirect = await page.request.get(`/images/${imageId}`, { maxRedirects: 0 });
  expect(redirect.status()).toBe(307);
  const thumbnailPath = redirect.headers().location!;
  const posterPath = thumbnailPath.replace(".w200.", ".");
  for (const key of [thumbnailPath, posterPath]) {
    const own = await page.request.get(key);
    expect(own.status(), key).toBe(200);
    expect(own.headers()["cache-control"], key).toBe("private, no-store");
  }

  // Nobody else learns it exists, signed out or signed in.
  const anonymous = await browser.newContext();
  for (const address of [`/images/${imageId}`, thumbnailPath, posterPath]) {
    expect((await anonymous.request.get(address, { maxRedirects: 0 })).status(), address).toBe(404);
  }
  await anonymous.close();

  // A moderator sees it to review it, and refuses it.
  const moderator = await browser.newPage();
  await moderator.goto(submissionPath);
  await signIn(moderator, "moderator", DEV_PASSWORD);
  await expect(moderator).toHaveURL(submissionPath);
  const proposed = moderator.getByRole("img", { name: `Image #${imageId}` });
  await expect
    .poll(() => proposed.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
    .toBeGreaterThan(0);
  expect((await moderator.request.get(posterPath)).status()).toBe(200);
  // The caption the film page would show under it.
  await expect(moderator.getByRole("main").getByText(`Caption: ${caption}`)).toBeVisible();
  await moderator.getByLabel("Reason for rejecting").fill("Not the original poster art.");
  await moderator.getByRole("button", { name: "Reject" }).click();
  await expect(moderator.getByRole("main").getByRole("status")).toContainText("Its author will see your reason.");
  await moderator.close();

  // Gone, for its uploader too, and from the disk.
  expect((await page.request.get(posterPath)).status()).toBe(404);
  expect((await page.request.get(`/images/${imageId}`, { maxRedirects: 0 })).status()).toBe(404);
  expect(await exists(path.join(mediaFolder, posterPath.slice("/media/".length)))).toBe(false);
  expect(await exists(path.join(mediaFolder, thumbnailPath.slice("/media/".length)))).toBe(false);
  // Its submission says so rather than showing a broken image.
  await page.reload();
  await expect(page.getByRole("main").getByText("Rejected", { exact: true })).toBeVisible();
  await expect(page.getByRole("img", { name: `Image #${imageId}` })).toHaveCount(0);
  await expect(page.getByText("(image removed)")).toBeVisible();
});

test("a file that is not an image is refused beside the field, keeping what was typed", async ({ page }) => {
  const file = path.join(folder, "not-a-poster.png");
  await writeFile(file, "This is a text file with an image's name.\n");

  await openPosterForm(page, "editor");
  await page.getByLabel("Poster image").setInputFiles(file);
  await page.getByLabel("Caption (optional)").fill("Original US Poster Art");
  await page.getByLabel("Edit summary").fill("A poster that is not one");
  await page.getByRole("button", { name: "Save Changes" }).click();

  await expect(page.getByLabel("Poster image")).toHaveAccessibleDescription(
    /That file is not a JPEG, PNG or WebP image\./,
  );
  await expect(page).toHaveURL("/films/akira/edit/poster");
  await expect(page.getByLabel("Caption (optional)")).toHaveValue("Original US Poster Art");
  await expect(page.getByLabel("Edit summary")).toHaveValue("A poster that is not one");
});

test("a file over the limit is refused beside the field before it is sent", async ({ page }) => {
  await openPosterForm(page, "editor");
  // Over the server's 11 MB body limit too: sent, it could only come back as a bare 413.
  await page.getByLabel("Poster image").setInputFiles({
    name: "huge.png",
    mimeType: "image/png",
    buffer: Buffer.alloc(12 * 1024 * 1024, 1),
  });
  await page.getByLabel("Edit summary").fill("A very large poster");
  await page.getByRole("button", { name: "Save Changes" }).click();
  await expect(page.getByLabel("Poster image")).toHaveAccessibleDescription(/Images can be at most 10 MB\./);
  await expect(page).toHaveURL("/films/akira/edit/poster");
  await expect(page.getByLabel("Edit summary")).toHaveValue("A very large poster");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the form still posts the file and answers beside the field", async ({ page }) => {
    const file = path.join(folder, "plain-text.webp");
    await writeFile(file, "Still not an image.\n");

    await openPosterForm(page, "editor");
    await page.getByLabel("Poster image").setInputFiles(file);
    await page.getByLabel("Edit summary").fill("No script here");
    await page.getByRole("button", { name: "Save Changes" }).click();

    await expect(page.getByLabel("Poster image")).toHaveAccessibleDescription(
      /That file is not a JPEG, PNG or WebP image\./,
    );
    await expect(page.getByLabel("Edit summary")).toHaveValue("No script here");
  });
});
