import { randomInt } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { expectNoAxeViolations } from "./support/axe";
import { main, readCached, signedInPage } from "./support/cached-pages";
import { newSeries } from "./support/series";

/** Saves the open edit form and returns its submission's address. */
async function save(editor: Page, summary: string) {
  await editor.getByLabel("Edit summary").fill(summary);
  await editor.getByRole("button", { name: "Save Changes" }).click();
  await expect(editor).toHaveURL(/\/submissions\/\d+\?saved=1$/);
  return new URL(editor.url()).pathname;
}

async function approve(moderator: Page, submission: string) {
  await moderator.goto(submission);
  await moderator.getByRole("button", { name: "Approve" }).click();
  await expect(main(moderator).getByRole("status")).toContainText("Approved");
}

// The journey in one: episodes, a studio credit for one episode and a MyAnimeList link
// proposed by an editor, approved by a moderator, and shown at once on pages that were cached before.
test("episodes, a studio credit and a MyAnimeList link, once approved, show on the work, episode, studio and API at once", async ({
  browser,
  page,
}) => {
  const series = await newSeries(browser);
  const slug = series.path.replace("/films/", "");
  const malId = String(randomInt(10_000_000, 99_999_999));
  await readCached(page, series.path);
  await expect(main(page).getByRole("region", { name: "Episodes" })).not.toContainText("Episode 2");
  await readCached(page, "/studios/madhouse");
  await expect(main(page)).not.toContainText(series.title);

  const editor = await signedInPage(browser, "editor");
  await editor.goto(`${series.path}/edit/episodes`);
  const run = editor.getByRole("group", { name: "Add a run of episodes" });
  await run.getByLabel("Number from").fill("1");
  await run.getByLabel("to").fill("3");
  await run.getByRole("button", { name: "Add numbered rows" }).click();
  for (const [row, title, date] of [
    [1, "Low Tide", "2020-01-06"],
    [2, "Salt Roads", "2020-01-13"],
    [3, "Lighthouse Keepers", "2020-01-20"],
  ] as const) {
    const episode = editor.getByRole("group", { name: `Episode row ${row}`, exact: true });
    await episode.getByLabel("English title").fill(title);
    await episode.getByLabel("Air date in Japan").fill(date);
  }
  const moderator = await signedInPage(browser, "moderator");
  await approve(moderator, await save(editor, "Episodes 1 to 3"));

  await editor.goto(`${series.path}/edit/companies`);
  const company = editor.getByRole("group", { name: "Company 1", exact: true });
  await company.getByLabel("Studio", { exact: true }).fill("madhouse");
  await company.getByLabel("Role").selectOption({ label: "Animation production" });
  await company.getByLabel("Episode").selectOption({ label: "Episode 2: Salt Roads" });
  const companies = await save(editor, "Madhouse animated episode 2");

  await editor.goto(`${series.path}/edit/links`);
  const link = editor.getByRole("group", { name: "Link 1", exact: true });
  await link.getByLabel("Site").selectOption({ label: "MyAnimeList" });
  await link.getByLabel("Id").fill(malId);
  const links = await save(editor, "Link to MyAnimeList");

  await approve(moderator, companies);
  await approve(moderator, links);

  // The cached pages show the approved edits on the first load after them.
  await page.goto(series.path);
  await expect(main(page).getByRole("region", { name: "Episodes" })).toContainText("3 of 12 episodes aired");
  const credited = main(page).getByRole("region", { name: "Companies" });
  await expect(credited.getByRole("link", { name: "Madhouse" })).toHaveAttribute("href", "/studios/madhouse");
  await expect(credited).toContainText("Episode 2");
  await expect(
    main(page).getByRole("region", { name: "Links" }).getByRole("link", { name: "MyAnimeList" }),
  ).toHaveAttribute("href", `https://myanimelist.net/anime/${malId}`);
  await main(page).getByRole("link", { name: "Episode 2: Salt Roads" }).click();
  await expect(page).toHaveURL(`${series.path}/episodes/2`);
  await expect(main(page).getByRole("heading", { level: 1 })).toHaveText("Episode 2: Salt Roads");
  await expect(
    main(page).getByRole("region", { name: "Companies" }).getByRole("link", { name: "Madhouse" }),
  ).toHaveAttribute("href", "/studios/madhouse");

  await page.goto("/studios/madhouse");
  await expect(
    main(page).getByRole("region", { name: "Animation production" }).getByRole("link", { name: series.title }),
  ).toHaveAttribute("href", series.path);

  const film = await (await page.request.get(`/api/v1/films/${slug}`)).json();
  expect(film.episodes.map((episode: { title: string }) => episode.title)).toEqual([
    "Low Tide",
    "Salt Roads",
    "Lighthouse Keepers",
  ]);
  expect(film.companies).toMatchObject([{ studio: { slug: "madhouse" }, role: "ANIMATION_PRODUCTION", episode: "2" }]);
  expect(film.links).toEqual([{ site: "mal", key: malId, url: `https://myanimelist.net/anime/${malId}` }]);
  const found = await page.request.get(`/api/v1/lookup?site=mal&id=${malId}`);
  expect(await found.json()).toMatchObject({ slug });
  const episode = await (await page.request.get(`/api/v1/films/${slug}/episodes/2`)).json();
  expect(episode).toMatchObject({
    title: "Salt Roads",
    airDate: "2020-01-13",
    companies: [{ studio: { slug: "madhouse" }, role: "ANIMATION_PRODUCTION" }],
  });
  const studio = await (await page.request.get("/api/v1/studios/madhouse")).json();
  expect(studio.works).toContainEqual(
    expect.objectContaining({ film: expect.objectContaining({ slug }), episode: "2" }),
  );
});

test("a series, its episode, a studio and a season have no detectable accessibility violations", async ({ page }) => {
  for (const path of [
    "/films/serial-experiments-lain",
    "/films/serial-experiments-lain/episodes/1",
    "/films/memories",
    "/studios",
    "/studios/studio-4c",
    "/seasons",
    "/seasons/1998/summer",
  ]) {
    await page.goto(path);
    await expectNoAxeViolations(page);
  }
});
