import { randomUUID } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Page } from "@playwright/test";
import sharp from "sharp";
import { expect, test } from "./fixtures";
import { DEV_PASSWORD, signIn } from "./support/accounts";

// Posters go on Akira: Memories' page is checked word for word by other tests.
let folder: string;

test.beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), "keyframe-poster-"));
});

test.afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

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
  await expect(page.getByRole("img", { name: /^Image #\d+$/ })).toHaveCount(1);

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
