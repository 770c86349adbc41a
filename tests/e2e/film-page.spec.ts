import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

const section = (page: Page, name: string) => page.getByRole("region", { name, exact: true });

test.describe("the Memories film page", () => {
  test.beforeEach(async ({ page }) => {
    const response = await page.goto("/films/memories");
    expect(response?.status()).toBe(200);
  });

  test("shows the title, deck and wiki description with working links", async ({ page }) => {
    await expect(page).toHaveTitle("Memories (1995) — Keyframe");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Memories");
    await expect(page.getByText("Three short stories featuring salvage space ship Corona")).toBeVisible();
    const description = section(page, "Description");
    await expect(description).toContainText("An anthology film in the tradition of Robot Carnival and Neo-Tokyo");
    await expect(description).toContainText("an experiment for Steam Boy");
    await description.getByRole("link", { name: "Robot Carnival" }).click();
    await expect(page).toHaveURL(/\/films\/robot-carnival$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Robot Carnival");
  });

  test("lists the three segments in order", async ({ page }) => {
    const titles = section(page, "Segments").getByRole("heading", { level: 3 });
    await expect(titles).toHaveCount(3);
    await expect(titles.nth(0)).toContainText("Magnetic Rose");
    await expect(titles.nth(1)).toContainText("Stink Bomb");
    await expect(titles.nth(2)).toContainText("Cannon Fodder");
  });

  test("invites people to add characters", async ({ page }) => {
    await expect(section(page, "Characters & Voice Actors")).toContainText(
      "We don't have any characters attached to this film. Help us fill it in!",
    );
  });

  test("credits all eleven staff with role and note", async ({ page }) => {
    const credits = section(page, "Staff").getByRole("listitem");
    await expect(credits).toHaveCount(11);
    await expect(credits.nth(0)).toContainText("Tensai Okamura");
    await expect(credits.nth(0)).toContainText("Director");
    await expect(credits.nth(0)).toContainText("He's the creator of Darker than Black");
    await expect(credits.nth(7)).toContainText("Satoshi Kon");
    await expect(credits.nth(7)).toContainText("Writer");
    await expect(credits.nth(8)).toContainText("Yoko Kanno");
    await expect(credits.nth(8)).toContainText('the ending theme "In yer Memory"');
    await expect(credits.nth(10)).toContainText("Jun Miyake");
    await expect(credits.nth(10)).toContainText("Did the Soundtrack to the Stink Bomb Segment.");
    await credits.nth(4).getByRole("link", { name: "Katsuhiro Otomo" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Katsuhiro Otomo");
    await expect(page.getByRole("link", { name: "Memories" }).first()).toBeVisible();
  });

  test("shows General Information: releases, rating and runtime", async ({ page }) => {
    const info = section(page, "General Information");
    await expect(info).toContainText("United States");
    await expect(info).toContainText("Name:Memories");
    await expect(info).toContainText("Release Date:Feb. 24, 2004");
    await expect(info).toContainText("Japan");
    await expect(info).toContainText("Name:メモリーズ");
    await expect(info).toContainText("Release Date:Dec. 23, 1995");
    await expect(info).toContainText("Rating:R");
    await expect(info).toContainText("Runtime:115 min");
    await expect(info).toContainText("Source:Manga");
  });

  test("links to its pages on other databases", async ({ page }) => {
    const links = section(page, "Links").getByRole("link", { name: /^(?!Edit)/ });
    await expect(links).toHaveText(["MyAnimeList", "AniList", "AniDB", "TMDB", "Bangumi"]);
    await expect(links.first()).toHaveAttribute("href", "https://myanimelist.net/anime/1462");
  });

  test("shows aliases, lists, editors and empty states", async ({ page }) => {
    const titles = section(page, "Alternative titles");
    // The Chinese title is bangumi-data's, imported at the first start.
    await expect(titles.getByRole("term")).toHaveText(["Chinese (Simplified)", "English"]);
    await expect(titles.getByRole("definition")).toHaveText([
      "回忆三部曲 (official)",
      "Katsuhiro Otomo Presents: Memories (synonym)",
      "Magnetic Rose (synonym)",
      "Cannon Fodder (synonym)",
      "Stink bomb (synonym)",
    ]);
    await expect(titles.getByText("Magnetic Rose", { exact: true })).toHaveAttribute("lang", "en");
    const lists = section(page, "Top Rated Lists").getByRole("listitem");
    await expect(lists).toHaveCount(3);
    await expect(lists.nth(0)).toHaveText(/^Seen and Watched a list of \d+ items by Obsidian609$/);
    await expect(lists.nth(1)).toHaveText(/^anime list a list of \d+ items by shels$/);
    await expect(lists.nth(2)).toHaveText(/^completed anime with some ongoing a list of \d+ items by jlanzer$/);
    await expect(section(page, "Top Editors")).toContainText("Mandatory Network");
    await expect(section(page, "Similar")).toContainText(
      "We don't have any info about Memories' related works. Help us fill it in!",
    );
    await expect(section(page, "Associations")).toContainText(
      "We don't have any info about Memories' related things. Help us fill it in!",
    );
    await expect(section(page, "Genres")).toContainText("No genres");
    await expect(section(page, "Themes")).toContainText("No themes");
    await expect(section(page, "Franchise")).toContainText("not part of a known franchise");
  });

  test("describes itself to search engines", async ({ page }) => {
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}");
    expect(jsonLd).toMatchObject({
      "@type": "Movie",
      name: "Memories",
      datePublished: "1995-12-23",
      duration: "PT115M",
      contentRating: "R",
      sameAs: expect.arrayContaining(["https://anidb.net/anime/262"]),
    });
    expect(jsonLd.director.map((person: { name: string }) => person.name)).toContain("Katsuhiro Otomo");
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", "Memories");
  });

  test("has no detectable accessibility violations", async ({ page }) => {
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  });
});

test.describe("unknown addresses", () => {
  test.use({ expectedConsoleErrors: [/status of 404/] });

  test("an unknown film gets the 404 page with status 404", async ({ page }) => {
    const response = await page.goto("/films/no-such-film");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Film not found");
  });

  test("an unknown page gets the site's 404 page", async ({ page }) => {
    const response = await page.goto("/no/such/page");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  });
});
