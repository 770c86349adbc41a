import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { register, uniqueUsername } from "./support/accounts";
import { main, newFilm, signedInPage } from "./support/cached-pages";
import { checkHtml, formatHtmlErrors } from "./support/html-checker";

const PASSPHRASE = "a long and unusual passphrase";

async function newEditor(browser: Browser, javaScriptEnabled = true) {
  const page = await (await browser.newContext({ javaScriptEnabled })).newPage();
  await register(page, uniqueUsername("amend"), PASSPHRASE);
  return page;
}

/** Saves the description form the page holds; returns the submission's address. */
async function saveEdit(page: Page, summary: string) {
  await page.getByLabel("Edit summary").fill(summary);
  await page.getByRole("button", { name: "Save Changes" }).click();
  await expect(page).toHaveURL(/\/submissions\/\d+\?(saved|amended)=1$/);
  return new URL(page.url()).pathname;
}

async function decide(moderator: Page, submissionPath: string, outcome: RegExp) {
  await moderator.goto(submissionPath);
  await moderator.getByRole("button", { name: "Approve" }).click();
  await expect(main(moderator).getByRole("status").first()).toHaveText(outcome);
}

const description = (page: Page) => page.getByRole("textbox", { name: "Description", exact: true });
const APPROVED = /^Approved submission #\d+: revision #\d+ is live\./;

/**
 * Two editors open a new film's description form; the first changes the opening and is approved,
 * the second changes the same opening and the deck and conflicts. The second's browser may run
 * without JavaScript.
 */
async function clash(browser: Browser, javaScriptEnabled = true) {
  const film = await newFilm(browser);
  const admin = await signedInPage(browser, "admin");
  await admin.goto(`${film.path}/edit/description`);
  await description(admin).fill("The opening words.\n\nA second paragraph.");
  await saveEdit(admin, "Two paragraphs to start from");

  // Both open the form before either saves.
  const first = await newEditor(browser);
  const second = await newEditor(browser, javaScriptEnabled);
  await first.goto(`${film.path}/edit/description`);
  await second.goto(`${film.path}/edit/description`);
  await description(first).fill("The first editor's opening.\n\nA second paragraph.");
  const firstPath = await saveEdit(first, "A better opening");
  await second.getByLabel("Deck").fill("The second editor's deck.");
  await description(second).fill("The second editor's opening.\n\nA second paragraph.");
  const secondPath = await saveEdit(second, "Another opening and a deck");

  await decide(admin, firstPath, APPROVED);
  await decide(admin, secondPath, /^Nothing was applied from submission #\d+: a newer edit changed the same fields\./);
  await first.context().close();
  return { film, admin, second, secondPath };
}

test("a conflicting amend keeps the earlier approval", async ({ browser }) => {
  // Three people, two edits, three decisions and an amendment: a long journey on a shared machine.
  test.setTimeout(180_000);
  const { film, admin, second, secondPath } = await clash(browser);

  await second.goto(`${secondPath}/edit`);
  await expect(main(second)).toContainText("The form below starts from the site as it is now");
  await expect(main(second)).toContainText("the form holds the site's version of each");
  const panel = main(second).getByRole("region", { name: /^Where your edit clashes/ });
  await expect(panel).toBeVisible();
  const version = (title: string) => panel.getByRole("term").filter({ hasText: title }).locator("xpath=../dd");
  // Merged by paragraph, only the clashing opening is shown three ways.
  await expect(version("Your version")).toHaveText("The second editor's opening.");
  await expect(version("Your version").getByRole("insertion")).toHaveText(["second editor's"]);
  await expect(version("Now on the site")).toHaveText("The first editor's opening.");
  await expect(version("When you started")).toHaveText("The opening words.");
  // The site's version by default, with the second editor's other change merged in.
  await expect(description(second)).toHaveValue(/^The first editor's opening\./);
  await expect(second.getByLabel("Deck")).toHaveValue("The second editor's deck.");
  const axe = await new AxeBuilder({ page: second }).analyze();
  expect(axe.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  const htmlErrors = await checkHtml([{ url: `${secondPath}/edit`, html: await second.content() }]);
  expect(htmlErrors, formatHtmlErrors(htmlErrors)).toEqual([]);

  // Choosing reloads the form, so with JavaScript it asks before dropping what was typed.
  await second.getByLabel("Deck").fill("Typed, not yet saved.");
  const asked: string[] = [];
  second.once("dialog", (dialog) => {
    asked.push(dialog.message());
    void dialog.dismiss();
  });
  await panel.getByRole("link", { name: /^Use your version instead/ }).click();
  expect(asked).toEqual([expect.stringContaining("without what you typed")]);
  await expect(second.getByLabel("Deck")).toHaveValue("Typed, not yet saved.");
  await expect(second).toHaveURL(new RegExp(`${secondPath}/edit$`));
  await second.getByLabel("Deck").fill("The second editor's deck.");

  // Choosing is a link: it works without JavaScript, and choosing back restores the site's version.
  await panel.getByRole("link", { name: /^Use your version instead/ }).click();
  await expect(description(second)).toHaveValue(/^The second editor's opening\./);
  await expect(panel).toContainText("The form below holds your version.");
  await expect(main(second)).toContainText("the form holds your version of each, as you chose");
  await panel.getByRole("link", { name: /^Keep the site's version instead/ }).click();
  await expect(description(second)).toHaveValue(/^The first editor's opening\./);

  const amendedPath = await saveEdit(second, "Deck, after the conflict");
  expect(amendedPath).toBe(secondPath);
  await decide(admin, secondPath, APPROVED);

  await admin.goto(film.path);
  await expect(main(admin)).toContainText("The first editor's opening.");
  await expect(main(admin)).toContainText("The second editor's deck.");
  await expect(main(admin)).not.toContainText("The opening words.");
  for (const page of [admin, second]) await page.context().close();
});

test("without JavaScript, the author chooses their version of a clashing part", async ({ browser }) => {
  test.setTimeout(180_000);
  const { film, admin, second, secondPath } = await clash(browser, false);
  await second.goto(`${secondPath}/edit`);
  await expect(description(second)).toHaveValue(/^The first editor's opening\./);
  await main(second)
    .getByRole("link", { name: /^Use your version instead/ })
    .click();
  await expect(description(second)).toHaveValue(/^The second editor's opening\./);
  await expect(second.getByLabel("Deck")).toHaveValue("The second editor's deck.");
  await saveEdit(second, "My opening after all");
  await decide(admin, secondPath, APPROVED);

  await admin.goto(film.path);
  await expect(main(admin)).toContainText("The second editor's opening.");
  await expect(main(admin)).toContainText("The second editor's deck.");
  for (const page of [admin, second]) await page.context().close();
});
