import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { main, proposeAsNew, readCached, signedInPage, uniqueFilm } from "./support/cached-pages";
import { checkHtml, formatHtmlErrors } from "./support/html-checker";

const JAPAN_OFFSET_MS = 9 * 60 * 60 * 1000;
const WEEK_MS = 7 * 24 * 60 * 60 * 1000;
const SEASONS = ["winter", "spring", "summer", "fall"] as const;

/** Today in Japan, YYYY-MM-DD, and its season's address. */
function japanToday() {
  const date = new Date(Date.now() + JAPAN_OFFSET_MS).toISOString().slice(0, 10);
  const season = SEASONS[Math.floor((Number(date.slice(5, 7)) - 1) / 3)]!;
  return { date, seasonPath: `/seasons/${date.slice(0, 4)}/${season}`, season, year: date.slice(0, 4) };
}

async function save(author: Page, summary: string) {
  await author.getByLabel("Edit summary").fill(summary);
  await author.getByRole("button", { name: "Save Changes" }).click();
  await expect(author).toHaveURL(/\/submissions\/\d+\?saved=1$/);
  return new URL(author.url()).pathname;
}

async function approve(moderator: Page, submission: string) {
  await moderator.goto(submission);
  await moderator.getByRole("button", { name: "Approve" }).click();
  await expect(main(moderator).getByRole("status")).toContainText("Approved");
}

/** A TV series premiering today in Japan, made by an admin, so live at once and in the current season. */
async function seriesOfThisSeason(admin: Page, date: string) {
  const work = uniqueFilm("Watch Study");
  await admin.goto("/films/new");
  await admin.getByLabel("Title", { exact: true }).fill(work.title);
  await admin.getByLabel("Format").selectOption({ label: "TV series" });
  await admin.getByLabel("Edit summary").fill("A series airing now");
  await proposeAsNew(admin, "Propose film");
  await expect(main(admin).getByRole("status")).toContainText("live");
  await admin.goto(`${work.path}/edit/general`);
  const release = admin.getByRole("group", { name: "Release 1", exact: true });
  await release.getByLabel("Region code").fill("JP");
  await release.getByLabel("Name").fill("放送中の作品");
  await release.getByLabel("Release date").fill(date);
  await save(admin, "Premiere");
  await admin.goto(`${work.path}/edit/companies`);
  const company = admin.getByRole("group", { name: "Company 1", exact: true });
  await company.getByLabel("Studio", { exact: true }).fill("madhouse");
  await company.getByLabel("Role").selectOption({ label: "Animation production" });
  await save(admin, "Madhouse animates it");
  return work;
}

test("streams and a broadcast slot, once a moderator approves them, show on the work, its season and the home page", async ({
  browser,
  page,
  request,
}) => {
  test.setTimeout(180_000);
  const today = japanToday();
  const admin = await signedInPage(browser, "admin");
  const work = await seriesOfThisSeason(admin, today.date);
  await admin.context().close();

  // Cached before the edits, so the approvals must expire them.
  await readCached(page, work.path);
  await expect(main(page).getByRole("region", { name: "Where to watch" })).toContainText("No streaming sites");
  await readCached(page, today.seasonPath);

  const editor = await signedInPage(browser, "editor");
  await editor.goto(`${work.path}/edit/streams`);
  const first = editor.getByRole("group", { name: "Stream 1", exact: true });
  await first.getByLabel("Site").selectOption({ label: "Crunchyroll" });
  await first.getByLabel("Id").fill("GWATCH01");
  const second = editor.getByRole("group", { name: "Stream 2", exact: true });
  // A new form may show one blank row or several.
  if ((await second.count()) === 0)
    await editor.getByRole("button", { name: /^Add (another stream|stream rows)$/ }).click();
  await second.getByLabel("Site").selectOption({ label: "U-NEXT" });
  await second.getByLabel("Id").fill("SID0001");
  await second.getByLabel("Regions").fill("jp");
  await second.getByLabel("Since").fill("2020-01-10");
  const streams = await save(editor, "Where it streams");
  // The first broadcast today at 01:58 in Japan, weekly.
  await editor.goto(`${work.path}/edit/broadcast`);
  await editor.getByLabel("First broadcast (Japan time)").fill(`${today.date}T01:58`);
  await editor.getByLabel("Days between episodes").fill("7");
  const broadcast = await save(editor, "Weekly slot");
  await editor.context().close();

  const moderator = await signedInPage(browser, "moderator");
  await approve(moderator, streams);
  await approve(moderator, broadcast);
  await moderator.context().close();

  const start = Date.parse(`${today.date}T01:58:00Z`) - JAPAN_OFFSET_MS;
  const next = new Date(start > Date.now() ? start : start + WEEK_MS).toISOString();
  const weekday = new Date(`${today.date}T00:00:00Z`).toLocaleDateString("en-US", { weekday: "long", timeZone: "UTC" });

  await page.goto(work.path);
  const watch = main(page).getByRole("region", { name: "Where to watch" });
  const crunchyroll = watch.getByRole("link", { name: "Crunchyroll" });
  await expect(crunchyroll).toHaveAttribute("href", "https://www.crunchyroll.com/series/GWATCH01/");
  await expect(crunchyroll).toHaveAttribute("rel", /noopener noreferrer/);
  await expect(crunchyroll).toHaveAttribute("referrerpolicy", "no-referrer");
  await expect(watch.getByRole("listitem")).toHaveText([
    /^Crunchyroll\s*All regions$/,
    /^U-NEXT\s*Japan · since Jan\. 10, 2020$/,
  ]);
  await expect(watch.getByRole("link", { name: "Edit Where to watch" })).toHaveAttribute(
    "href",
    `${work.path}/edit/streams`,
  );

  const facts = main(page).getByRole("region", { name: "General Information" });
  await expect(facts).toContainText(`Broadcast:${weekday}s at 01:58 (JST)`);
  await expect(facts.getByRole("link", { name: "Edit broadcast" })).toHaveAttribute(
    "href",
    `${work.path}/edit/broadcast`,
  );
  const nextTime = facts.locator(`time[datetime="${next}"]`);
  await expect(nextTime).toHaveText(/^\w{3}, \w{3} \d{1,2}, \d{4}, 01:58 JST$/);
  await expect(main(page).getByRole("region", { name: "Episodes" }).locator(`time[datetime="${next}"]`)).toHaveText(
    /01:58 JST$/,
  );

  // The season chart names its studio, where it streams and its slot.
  await page.goto(today.seasonPath);
  const card = main(page)
    .getByRole("region", { name: "TV series", exact: true })
    .getByRole("listitem")
    .filter({
      has: page.getByRole("link", { name: work.title }),
    });
  await expect(card.getByRole("link", { name: "Madhouse" })).toHaveAttribute("href", "/studios/madhouse");
  await expect(card).toContainText("Watch on Crunchyroll, U-NEXT [JP]");
  await expect(card).toContainText(`${weekday}s 01:58 JST`);

  // The home page shows the current season with the work and the way to the whole chart.
  await page.goto("/");
  const season = main(page).getByRole("region", { name: /^This season: / });
  await expect(season.getByRole("link", { name: work.title })).toHaveAttribute("href", work.path);
  await expect(season.getByRole("link", { name: /^The whole chart of / })).toHaveAttribute("href", today.seasonPath);

  const pages = [];
  for (const url of [work.path, today.seasonPath, "/"]) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(200);
    pages.push({ url, html: await response.text() });
  }
  const errors = await checkHtml(pages);
  expect(errors, formatHtmlErrors(errors)).toEqual([]);
});

test.describe("the next episode's time", () => {
  test.use({ timezoneId: "America/New_York" });

  test("is given in Japan time, and in the reader's own once JavaScript runs", async ({ browser, page }) => {
    const today = japanToday();
    const admin = await signedInPage(browser, "admin");
    const work = await seriesOfThisSeason(admin, today.date);
    await admin.goto(`${work.path}/edit/broadcast`);
    await admin.getByLabel("First broadcast (Japan time)").fill(`${today.date}T01:58`);
    await admin.getByLabel("Days between episodes").fill("7");
    await save(admin, "Weekly slot");
    await admin.context().close();

    await page.goto(work.path);
    const next = main(page)
      .getByRole("region", { name: "General Information" })
      .locator("div", {
        has: page.getByText("Next episode:"),
      });
    // 01:58 in Japan is 11:58 or 12:58 the day before in New York.
    await expect(next.locator("dd")).toHaveText(/01:58 JST \(\w{3}, \w{3} \d{1,2}, 1[12]:58 your time\)$/);

    const withoutScript = await browser.newContext({ javaScriptEnabled: false, timezoneId: "America/New_York" });
    const plain = await withoutScript.newPage();
    await plain.goto(work.path);
    const plainNext = main(plain)
      .getByRole("region", { name: "General Information" })
      .locator("div", {
        has: plain.getByText("Next episode:"),
      });
    await expect(plainNext.locator("dd")).toHaveText(/^\w{3}, \w{3} \d{1,2}, \d{4}, 01:58 JST$/);
    await withoutScript.close();
  });
});
