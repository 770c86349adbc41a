import { randomInt } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { main, proposeAsNew, readCached, signedInPage, uniqueFilm } from "./support/cached-pages";

/** A year no other test dates a work in, so each test reads a season of its own. */
const quietYear = () => randomInt(1901, 1960);

/** The admin's proposal applies at once: a work of `format` no other test reads. */
async function newWork(admin: Page, format: string, prefix: string) {
  const work = uniqueFilm(prefix);
  await admin.goto("/films/new");
  await admin.getByLabel("Title", { exact: true }).fill(work.title);
  await admin.getByLabel("Format").selectOption({ label: format });
  await admin.getByLabel("Edit summary").fill("A work for the season charts");
  await proposeAsNew(admin, "Propose film");
  await expect(main(admin).getByRole("status")).toContainText("live");
  return work;
}

/** Gives the work its Japanese release; `author`'s edit applies at once or waits, by their role. */
async function dateInJapan(author: Page, path: string, date: string) {
  await author.goto(`${path}/edit/general`);
  const first = author.getByRole("group", { name: "Release 1", exact: true });
  await first.getByLabel("Region code").fill("JP");
  await first.getByLabel("Name").fill("季節の作品");
  await first.getByLabel("Release date").fill(date);
  await author.getByLabel("Edit summary").fill("Japanese premiere");
  await author.getByRole("button", { name: "Save Changes" }).click();
  await expect(author).toHaveURL(/\/submissions\/\d+\?saved=1$/);
}

const formatSection = (page: Page, format: string) => main(page).getByRole("region", { name: format, exact: true });

test("a season page lists its works by format, series first, and links to the seasons around it", async ({
  browser,
  page,
}) => {
  const year = quietYear();
  const admin = await signedInPage(browser, "admin");
  const series = await newWork(admin, "TV series", "Season Series");
  const film = await newWork(admin, "Film", "Season Film");
  await dateInJapan(admin, series.path, `${year}-04-01`);
  await dateInJapan(admin, film.path, `${year}-06`);
  // March 31 is still winter.
  const winter = await newWork(admin, "OVA", "Season Winter");
  await dateInJapan(admin, winter.path, `${year}-03-31`);
  await admin.context().close();

  await page.goto(`/seasons/${year}/spring`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Spring ${year}`);
  const sections = main(page).getByRole("region");
  await expect(sections.first()).toHaveAccessibleName("TV series");
  await expect(formatSection(page, "TV series").getByRole("link", { name: series.title })).toHaveAttribute(
    "href",
    series.path,
  );
  await expect(formatSection(page, "TV series")).toContainText("Premiered April 1");
  await expect(formatSection(page, "Films").getByRole("link", { name: film.title })).toBeVisible();
  await expect(formatSection(page, "Films")).toContainText(`Premiered June ${year}`);
  const formats = main(page).getByRole("navigation", { name: "Formats" });
  await expect(formats).toHaveText(/TV series\s*\(1\)\s*Films\s*\(1\)/);

  // Each format has a page of its own with all its works, and leads to the same format around it.
  await formats.getByRole("link", { name: "TV series" }).click();
  await expect(page).toHaveURL(`/seasons/${year}/spring/tv`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`TV series of Spring ${year}`);
  await expect(main(page).getByRole("link", { name: series.title })).toHaveAttribute("href", series.path);
  await expect(main(page).getByRole("link", { name: film.title })).toHaveCount(0);
  await expect(
    main(page).getByRole("navigation", { name: "Formats" }).getByRole("link", { name: "TV series" }),
  ).toHaveAttribute("aria-current", "page");
  await expect(
    main(page).getByRole("navigation", { name: "Seasons" }).getByRole("link", { name: `Summer ${year}` }),
  ).toHaveAttribute("href", `/seasons/${year}/summer/tv`);
  await main(page).getByRole("link", { name: `Spring ${year}`, exact: true }).click();
  await expect(page).toHaveURL(`/seasons/${year}/spring`);
  await expect(main(page).getByRole("link", { name: winter.title })).toHaveCount(0);

  const seasons = main(page).getByRole("navigation", { name: "Seasons" });
  await seasons.getByRole("link", { name: `Winter ${year}` }).click();
  await expect(page).toHaveURL(`/seasons/${year}/winter`);
  await expect(formatSection(page, "OVAs").getByRole("link", { name: winter.title })).toBeVisible();
  await main(page)
    .getByRole("navigation", { name: "Seasons" })
    .getByRole("link", { name: `Spring ${year}` })
    .click();
  await expect(page).toHaveURL(`/seasons/${year}/spring`);

  // The work's page names its season and links to it.
  await page.goto(series.path);
  await main(page)
    .getByRole("link", { name: `Spring ${year}` })
    .click();
  await expect(page).toHaveURL(`/seasons/${year}/spring`);

  await page.goto("/seasons");
  await expect(main(page).getByRole("link", { name: `Spring ${year}` })).toBeVisible();
});

test("a season without works says so; an address naming no season is not found", async ({ page }) => {
  const empty = await page.goto("/seasons/1900/winter");
  expect(empty?.status()).toBe(200);
  await expect(main(page)).toContainText("No works premiered in Winter 1900");
  await expect(main(page).getByRole("link", { name: "Spring 1900" })).toBeVisible();
  // Asked outside the page, since the browser logs a 404 it loads as a console error.
  for (const path of [
    "/seasons/1998/autumn",
    "/seasons/1899/fall",
    "/seasons/98/summer",
    "/seasons/1998/summer/movies",
    "/seasons/1998/summer/TV",
  ]) {
    expect((await page.request.get(path)).status(), path).toBe(404);
  }
});

test("an approved release date moves a work between cached season pages", async ({ browser, page }) => {
  const year = quietYear();
  const admin = await signedInPage(browser, "admin");
  const work = await newWork(admin, "TV series", "Season Mover");
  await dateInJapan(admin, work.path, `${year}-09-30`);
  await admin.context().close();
  const summer = `/seasons/${year}/summer`;
  const fall = `/seasons/${year}/fall`;

  await readCached(page, summer);
  await expect(main(page).getByRole("link", { name: work.title })).toBeVisible();
  await readCached(page, fall);
  await expect(main(page).getByRole("link", { name: work.title })).toHaveCount(0);
  await page.goto(`${summer}/tv`);
  await expect(main(page).getByRole("link", { name: work.title })).toBeVisible();

  const editor = await signedInPage(browser, "editor");
  await dateInJapan(editor, work.path, `${year}-10-01`);
  const submission = new URL(editor.url()).pathname;
  const moderator = await signedInPage(browser, "moderator");
  await moderator.goto(submission);
  await moderator.getByRole("button", { name: "Approve" }).click();
  await expect(main(moderator).getByRole("status")).toContainText("Approved");

  await page.goto(fall);
  await expect(main(page).getByRole("link", { name: work.title })).toBeVisible();
  await page.goto(summer);
  await expect(main(page).getByRole("link", { name: work.title })).toHaveCount(0);
  await page.goto(`${summer}/tv`);
  await expect(main(page).getByRole("link", { name: work.title })).toHaveCount(0);
  await expect(main(page)).toContainText(`No TV series premiered in Summer ${year}`);
  await page.goto(`${fall}/tv`);
  await expect(main(page).getByRole("link", { name: work.title })).toBeVisible();
  const json = await page.request.get(`/api/v1/seasons/${year}/fall`);
  expect((await json.json()).works).toContainEqual(
    expect.objectContaining({
      title: work.title,
      format: "tv",
      premiere: { date: `${year}-10-01`, datePrecision: "day" },
    }),
  );
});
