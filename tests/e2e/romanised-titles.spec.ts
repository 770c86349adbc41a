import { randomUUID } from "node:crypto";
import { expect, test } from "./fixtures";
import { expectNoAxeViolations } from "./support/axe";
import { main, newFilm, readCached, signedInPage } from "./support/cached-pages";
import { checkHtml, formatHtmlErrors, type PageHtml } from "./support/html-checker";

test("a romanised title typed without macrons or spaces finds its work; an editor confirms the machine's romanisation and the page drops its mark", async ({
  browser,
  page,
}) => {
  // Four people's sessions, three searches and the HTML checker's JVM: a minute on a busy machine.
  test.slow();
  const film = await newFilm(browser);
  const id = randomUUID().slice(0, 6);
  const romanised = `Kagami no Kuni no Tōzoku ${id}`;

  // As the importer leaves a work: a native title and a machine's romanisation of it.
  const admin = await signedInPage(browser, "admin");
  await admin.goto(`${film.path}/edit/title`);
  await admin.getByLabel("Native title").fill(`鏡の国の盗賊 ${id}`);
  await admin.getByLabel("Romanised title").fill(romanised);
  await admin.getByLabel("Romanised by machine, not yet checked").check();
  await admin.getByLabel("Edit summary").fill("Native and romanised titles");
  await admin.getByRole("button", { name: "Save Changes" }).click();
  await expect(main(admin).getByRole("status")).toContainText("live");
  await admin.context().close();

  const pages: PageHtml[] = [];
  for (const typed of [`kagami no kuni no touzoku ${id}`, `kagaminokuninotozoku${id}`, `鏡の国 ${id}`]) {
    await page.goto(`/search?q=${encodeURIComponent(typed)}`);
    const results = page.getByRole("list", { name: "Search results" });
    await expect(results.getByRole("link", { name: film.title }), typed).toBeVisible();
    await expect(results.getByText(romanised, { exact: true }), typed).toHaveAttribute("lang", "ja-Latn");
    pages.push({ url: page.url(), html: await page.content() });
  }

  await readCached(page, film.path);
  const heading = main(page).locator("header").first();
  await expect(heading.getByText(romanised, { exact: true })).toHaveAttribute("lang", "ja-Latn");
  await expect(heading.getByText(`鏡の国の盗賊 ${id}`, { exact: true })).toHaveAttribute("lang", "ja");
  const mark = heading.getByRole("link", { name: "machine romanisation — not yet checked" });
  await expect(mark).toBeVisible();
  await expectNoAxeViolations(page);
  pages.push({ url: film.path, html: await page.content() });
  const errors = await checkHtml(pages);
  expect(errors, formatHtmlErrors(errors)).toEqual([]);

  const editor = await signedInPage(browser, "editor");
  await editor.goto(film.path);
  await main(editor).getByRole("link", { name: "machine romanisation — not yet checked" }).click();
  await expect(editor).toHaveURL(`${film.path}/edit/title`);
  await editor.getByLabel("Romanised by machine, not yet checked").uncheck();
  await editor.getByLabel("Edit summary").fill("Checked the romanisation");
  await editor.getByRole("button", { name: "Save Changes" }).click();
  await expect(editor).toHaveURL(/\/submissions\/\d+\?saved=1$/);
  const submission = new URL(editor.url()).pathname;

  const moderator = await signedInPage(browser, "moderator");
  await moderator.goto(submission);
  await moderator.getByRole("button", { name: "Approve" }).click();
  await expect(main(moderator).getByRole("status")).toContainText("Approved");

  await page.goto(film.path);
  await expect(main(page).locator("header").first().getByText(romanised, { exact: true })).toBeVisible();
  await expect(main(page).getByRole("link", { name: "machine romanisation — not yet checked" })).toHaveCount(0);
  await expect(main(page).getByRole("link", { name: "Edit title and format" })).toHaveAttribute(
    "href",
    `${film.path}/edit/title`,
  );
  const json = await (await page.request.get(`/api/v1${film.path}`)).json();
  expect(json).toMatchObject({ romanisedTitle: romanised, romanisedByMachine: false });
});
