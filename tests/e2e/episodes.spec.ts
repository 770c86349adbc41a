import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { DEV_PASSWORD, signIn } from "./support/accounts";
import { main, signedInPage } from "./support/cached-pages";
import { newSeries } from "./support/series";

const episodeRow = (page: Page, row: number) => page.getByRole("group", { name: `Episode row ${row}`, exact: true });
const runControl = (page: Page) => page.getByRole("group", { name: "Add a run of episodes" });

async function fillEpisode(page: Page, row: number, title: string, airDate: string) {
  await episodeRow(page, row).getByLabel("English title").fill(title);
  await episodeRow(page, row).getByLabel("Air date in Japan").fill(airDate);
}

test("an editor adds episodes 1–3 in one submission; once approved the series and episode pages show them", async ({
  browser,
  page,
}) => {
  const series = await newSeries(browser);
  const editor = await signedInPage(browser, "editor");
  await editor.goto(series.path);
  await expect(main(editor).getByRole("heading", { level: 2, name: "Episodes" })).toBeVisible();
  await main(editor).getByRole("region", { name: "Episodes" }).getByRole("link", { name: "Edit Episodes" }).click();
  await expect(editor).toHaveURL(`${series.path}/edit/episodes`);

  await runControl(editor).getByLabel("Number from").fill("1");
  await runControl(editor).getByLabel("to").fill("3");
  await runControl(editor).getByRole("button", { name: "Add numbered rows" }).click();
  for (const number of [1, 2, 3]) {
    await expect(episodeRow(editor, number).getByLabel("Number")).toHaveValue(String(number));
  }

  // Two mistakes: an air date before the series began, and a number used twice.
  await fillEpisode(editor, 1, "Harbour at Dawn", "2019-12-30");
  await fillEpisode(editor, 2, "The Second Tide", "2020-01-13");
  await fillEpisode(editor, 3, "Lanterns", "2020-01-20");
  await episodeRow(editor, 3).getByLabel("Japanese title").fill("灯籠");
  await episodeRow(editor, 3).getByLabel("Romanised title").fill("Tōrō");
  await episodeRow(editor, 3).getByLabel("Number").fill("2");
  await editor.getByLabel("Edit summary").fill("Episodes 1 to 3");
  await editor.getByRole("button", { name: "Save Changes" }).click();
  await expect(episodeRow(editor, 3).getByLabel("Number")).toHaveAccessibleDescription("Episode 2 is listed twice.");
  await expect(episodeRow(editor, 3).getByLabel("English title")).toHaveValue("Lanterns");
  await episodeRow(editor, 3).getByLabel("Number").fill("3");
  await editor.getByRole("button", { name: "Save Changes" }).click();
  // After the box's hint (YYYY-MM-DD…).
  await expect(episodeRow(editor, 1).getByLabel("Air date in Japan")).toHaveAccessibleDescription(
    /\. Episode 1 cannot have aired before the series began \(Jan\. 6, 2020\)\.$/,
  );
  await expect(episodeRow(editor, 1).getByLabel("Air date in Japan")).toHaveValue("2019-12-30");
  await expect(episodeRow(editor, 3).getByLabel("Romanised title")).toHaveValue("Tōrō");

  await episodeRow(editor, 1).getByLabel("Air date in Japan").fill("2020-01-06");
  await editor.getByRole("button", { name: "Save Changes" }).click();
  await expect(editor).toHaveURL(/\/submissions\/\d+\?saved=1$/);
  const submission = new URL(editor.url()).pathname;

  const moderator = await signedInPage(browser, "moderator");
  await moderator.goto(submission);
  await expect(main(moderator).getByText("Episode 3: Lanterns / 灯籠 / Tōrō, aired Jan. 20, 2020")).toBeVisible();
  await moderator.getByRole("button", { name: "Approve" }).click();
  await expect(main(moderator).getByRole("status")).toContainText("Approved");

  await page.goto(series.path);
  const episodes = main(page).getByRole("region", { name: "Episodes" });
  await expect(episodes).toContainText("3 of 12 episodes aired");
  await expect(episodes.getByRole("listitem")).toHaveCount(3);
  await expect(episodes.getByRole("listitem").nth(1)).toContainText("Jan. 13, 2020");
  await episodes.getByRole("link", { name: "Episode 3: Lanterns" }).click();

  await expect(page).toHaveURL(`${series.path}/episodes/3`);
  await expect(main(page).getByRole("heading", { level: 1 })).toHaveText("Episode 3: Lanterns");
  const titles = main(page).getByRole("region", { name: "Titles" });
  await expect(titles.getByRole("definition")).toHaveText(["Lanterns", "灯籠", "Tōrō"]);
  await expect(main(page).getByRole("region", { name: "Broadcast" })).toContainText("Jan. 20, 2020");
  await main(page)
    .getByRole("link", { name: /Previous: Episode 2/ })
    .click();
  await expect(page).toHaveURL(`${series.path}/episodes/2`);
  expect((await page.request.get(`/api/v1${series.path}/episodes/2`)).status()).toBe(200);
});

test.describe("without JavaScript", () => {
  test("the run control posts the form back with numbered rows, saving nothing", async ({ browser }) => {
    const series = await newSeries(browser);
    const editor = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    await editor.goto("/sign-in");
    await signIn(editor, "editor", DEV_PASSWORD);
    await editor.goto(`${series.path}/edit/episodes`);
    await episodeRow(editor, 1).getByLabel("English title").fill("Typed Before");
    await episodeRow(editor, 1).getByLabel("Number").fill("7");
    await runControl(editor).getByLabel("Number from").fill("1");
    await runControl(editor).getByLabel("to").fill("2");
    await runControl(editor).getByRole("button", { name: "Add numbered rows" }).click();

    await expect(episodeRow(editor, 1).getByLabel("English title")).toHaveValue("Typed Before");
    await expect(episodeRow(editor, 2).getByLabel("Number")).toHaveValue("1");
    await expect(episodeRow(editor, 3).getByLabel("Number")).toHaveValue("2");
    await expect(runControl(editor).getByLabel("to")).toHaveValue("2");
    await editor.goto(series.path);
    const episodes = main(editor).getByRole("region", { name: "Episodes" });
    await expect(episodes).toContainText("0 of 12 episodes aired");
    await expect(episodes.getByRole("listitem")).toHaveCount(0);
  });
});

test("a series with an episode still to air is cached only until the midnight in Japan it airs", async ({
  browser,
  page,
}) => {
  const series = await newSeries(browser);
  const inTwoDays = new Date(Date.now() + 2 * 24 * 60 * 60 * 1000);
  const airDate = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Tokyo" }).format(inTwoDays);
  const admin = await signedInPage(browser, "admin");
  await admin.goto(`${series.path}/edit/episodes`);
  await episodeRow(admin, 1).getByLabel("Number").fill("1");
  await fillEpisode(admin, 1, "Still to Come", airDate);
  await admin.getByLabel("Edit summary").fill("The first episode's date");
  await admin.getByRole("button", { name: "Save Changes" }).click();
  await expect(main(admin).getByRole("status")).toContainText("live");

  await page.goto(series.path);
  await expect(main(page).getByRole("region", { name: "Episodes" })).toContainText("0 of 12 episodes aired");
  const cached = await page.request.get(series.path);
  expect(cached.headers()["x-nextjs-cache"]).toBe("HIT");
  const lifetime = Number(/s-maxage=(\d+)/.exec(cached.headers()["cache-control"] ?? "")?.[1]);
  // Ends at most three days from now (the midnight starting the air date), not in a year.
  expect(lifetime).toBeGreaterThan(0);
  expect(lifetime).toBeLessThanOrEqual(3 * 24 * 60 * 60);
});
