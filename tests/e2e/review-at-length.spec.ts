import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { DEV_PASSWORD, register, signIn, uniqueUsername } from "./support/accounts";
import { main, newFilm, signedInPage } from "./support/cached-pages";

const PASSPHRASE = "a long and unusual passphrase";

/** Saves the film's description form with this description; answers the submission's address. */
async function saveDescription(page: Page, filmPath: string, description: string, summary: string) {
  await page.goto(`${filmPath}/edit/description`);
  await page.getByLabel("Description", { exact: true }).fill(description);
  await page.getByLabel("Edit summary").fill(summary);
  await page.getByRole("button", { name: "Save Changes" }).click();
  await expect(page).toHaveURL(/\/submissions\/\d+\?saved=1$/);
  return new URL(page.url()).pathname;
}

test("a change to one paragraph of a long description shows that paragraph, its neighbours and counts the rest", async ({
  page,
  browser,
}) => {
  const film = await newFilm(browser);
  const paragraphs = Array.from(
    { length: 8 },
    (_, index) => `Paragraph ${index + 1} tells part ${index + 1} of the story.`,
  );
  const admin = await signedInPage(browser, "admin");
  await saveDescription(admin, film.path, paragraphs.join("\n\n"), "A long description");
  await admin.context().close();

  await register(page, uniqueUsername("paragraphs"), PASSPHRASE);
  const token = randomUUID().slice(0, 8);
  const edited = [...paragraphs];
  edited[4] = `Paragraph 5 tells part 5 of the legend (${token}).`;
  await saveDescription(page, film.path, edited.join("\n\n"), "One paragraph reworded");

  const diff = main(page).getByRole("table", { name: /now on the site and with this edit/ });
  // The text's rows; the rendered rows below them show the whole text as the page would.
  const text = diff.getByRole("row").filter({ hasNot: page.getByRole("rowheader", { name: /as shown$/ }) });
  await expect(text.getByText("… 3 unchanged paragraphs")).toBeVisible();
  await expect(text.getByText("… 2 unchanged paragraphs")).toBeVisible();
  // The changed paragraph with a paragraph of context either side; the rest is not repeated.
  await expect(text.getByText(paragraphs[3]!, { exact: true })).toHaveCount(2);
  await expect(text.getByText(paragraphs[5]!, { exact: true })).toHaveCount(2);
  await expect(text.getByText(paragraphs[0]!, { exact: true })).toHaveCount(0);
  await expect(text.locator("del")).toHaveText(["story"]);
  await expect(text.locator("ins")).toHaveText([`legend (${token})`]);
  // The whole text as the page shows it is folded away until asked for.
  const shown = diff
    .getByRole("row", { name: /as shown/ })
    .getByRole("cell")
    .nth(1);
  await expect(shown.getByText(paragraphs[0]!)).toBeHidden();
  await shown.getByText("Show the whole text as shown").click();
  await expect(shown.getByText(paragraphs[0]!)).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("withdrawing asks first, then withdraws", async ({ page }) => {
    const username = uniqueUsername("withdraw");
    await register(page, username, PASSPHRASE);
    const film = "/films/roujin-z";
    const submission = await saveDescription(page, film, `A bed runs amok (${randomUUID().slice(0, 8)}).`, "Shorter");
    await page.getByRole("link", { name: "Withdraw", exact: true }).click();
    await expect(page).toHaveURL(`${submission}/withdraw`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Withdraw your Description edit to Roujin Z?");
    await page.getByRole("button", { name: "Withdraw" }).click();
    await expect(page).toHaveURL(`${submission}?withdrawn=1`);
    await expect(main(page).getByRole("status")).toHaveText("You withdrew this submission.");
    await expect(main(page).getByText("Withdrawn", { exact: true })).toBeVisible();

    // Asked again, the page says it is too late.
    await page.goto(`${submission}/withdraw`);
    await expect(main(page)).toContainText("This submission is already withdrawn, so it can no longer be withdrawn.");
    await expect(page.getByRole("button", { name: "Withdraw" })).toHaveCount(0);
  });
});

test("without JavaScript, a moderator reverts with a reason", async ({ browser }) => {
  // A film, two edits and a revert by three people: on two busy cores this takes longer than the default.
  test.slow();
  const film = await newFilm(browser);
  const admin = await signedInPage(browser, "admin");
  await saveDescription(admin, film.path, "First words.", "First");
  await saveDescription(admin, film.path, "Second words.", "Second");
  await admin.context().close();

  // Set up with JavaScript; the moderator's own browser has none.
  const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await page.goto("/sign-in");
  await signIn(page, "moderator", DEV_PASSWORD);
  await page.goto(`${film.path}/history`);
  const first = page.getByRole("row").filter({ hasText: "First" });
  await first.getByRole("link", { name: /^Revert to this/ }).click();
  await expect(main(page).getByRole("row").filter({ hasText: "Second words." })).toContainText("First words.");
  await page.getByRole("button", { name: "Revert" }).click();
  await expect(page.getByLabel("Reason for reverting")).toHaveAccessibleDescription(/Say why you are reverting/);
  await page.getByLabel("Reason for reverting").fill("The first words were right");
  await page.getByRole("button", { name: "Revert" }).click();
  await expect(page).toHaveURL(new RegExp(`${film.path}/history\\?reverted=\\d+$`));
  await expect(main(page).getByRole("status")).toContainText("restores Description as it was after revision");
  await expect(main(page).getByRole("row").filter({ hasText: "The first words were right" })).toContainText(
    "reverts #",
  );
  await page.context().close();
});
