import { expect, test } from "./fixtures";

// The e2e server's first start imported tests/fixtures/bangumi/data.json (playwright.config.ts).

const TORRENT_SITES = /dmhy\.org|mikanani\.me|bangumi\.moe/;

test("Memories stays one work, with its seeded page and the MyAnimeList link the import matched it by", async ({
  page,
}) => {
  await page.goto("/films/memories");
  await expect(page.getByRole("heading", { level: 1, name: "Memories" })).toBeVisible();
  await expect(page.getByRole("link", { name: /MyAnimeList/ })).toHaveAttribute(
    "href",
    "https://myanimelist.net/anime/1462",
  );
  await expect(page.getByRole("link", { name: /AniDB/ })).toHaveAttribute("href", "https://anidb.net/anime/262");
  await page.goto("/search?q=memories&type=films");
  await expect(page.getByRole("main").getByRole("link", { name: /^memories$/i })).toHaveCount(1);
});

test("an imported work is found by its native title, and links no torrent site", async ({ page }) => {
  await page.goto("/search?q=" + encodeURIComponent("鬼滅の刃"));
  await page.getByRole("main").getByRole("link", { name: "Demon Slayer: Kimetsu no Yaiba" }).first().click();
  await expect(page).toHaveURL(/\/films\/demon-slayer-kimetsu-no-yaiba$/);
  await expect(page.getByRole("link", { name: /MyAnimeList/ })).toHaveAttribute(
    "href",
    "https://myanimelist.net/anime/38000",
  );
  for (const path of ["/films/demon-slayer-kimetsu-no-yaiba", "/films/memories"]) {
    await page.goto(path);
    expect(await page.content(), path).not.toMatch(TORRENT_SITES);
  }
});

test("the history of an imported work names bangumi-data as its source", async ({ page }) => {
  await page.goto("/films/demon-slayer-kimetsu-no-yaiba/history");
  await expect(page.getByText("Imported from bangumi-data 0.3.208").first()).toBeVisible();
});

test("an imported series is found by its romanised title typed as people type it, and its season's chart lists it", async ({
  page,
}) => {
  for (const query of ["shingeki no kyojin", "shingekinokyojin"]) {
    await page.goto("/search?q=" + encodeURIComponent(query));
    await expect(page.getByRole("main").getByRole("link", { name: "Attack on Titan" }).first()).toBeVisible();
  }
  await page.getByRole("main").getByRole("link", { name: "Attack on Titan" }).first().click();
  await expect(page.getByText("Shingeki no Kyojin").first()).toBeVisible();
  await page
    .getByRole("link", { name: /Spring 2013/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/seasons\/2013\/spring$/);
  const chart = page.getByRole("main");
  await expect(chart.getByRole("link", { name: "Attack on Titan" })).toBeVisible();
  await expect(chart.getByText(/Netflix/).first()).toBeVisible();
  expect(await page.content()).not.toMatch(TORRENT_SITES);
});
