import { randomUUID } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { DEV_PASSWORD, formAlert, register, signIn, uniqueUsername } from "./support/accounts";

// Edits go to films other than Memories, whose page other tests check word for word.
const PASSPHRASE = "a long and unusual passphrase";

const unique = (text: string) => `${text} ${randomUUID().slice(0, 8)}`;
const release = (page: Page, number: number) => page.getByRole("group", { name: `Release ${number}`, exact: true });

test("a signed-out visitor is sent to sign in, then back to the form", async ({ page }) => {
  await page.goto("/films/memories/edit/description");
  await expect(page).toHaveURL("/sign-in?callbackUrl=%2Ffilms%2Fmemories%2Fedit%2Fdescription");
  await signIn(page, "editor", DEV_PASSWORD);
  await expect(page).toHaveURL("/films/memories/edit/description");
  await expect(page).toHaveTitle("Edit Description — Memories — Keyframe");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Edit Description — Memories");
  await expect(page.getByLabel("Deck")).toHaveValue(/Three short stories featuring salvage space ship Corona/);
  await expect(page.getByLabel("Description")).toHaveAccessibleDescription(/\[\[film:akira\|Akira\]\]/);
  await expect(page.getByText("Submissions can take several hours to be approved.")).toBeVisible();
  await page.getByRole("link", { name: "Cancel" }).click();
  await expect(page).toHaveURL("/films/memories");
});

test.describe("pages that are not there", () => {
  test.use({ expectedConsoleErrors: [/status of 404/] });

  test("unknown films and sections have nothing to edit", async ({ page }) => {
    for (const path of ["/films/akira/edit/no-such-section", "/films/no-such-film/edit/description"]) {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nothing to edit here");
    }
  });

  test("only the author and moderators see someone's submissions", async ({ page }) => {
    const username = uniqueUsername("edit");
    await register(page, username, PASSPHRASE);
    await page.goto(`/users/${username}`);
    await page.getByRole("link", { name: "Your submissions and their status" }).click();
    await expect(page.getByText("You have not proposed any edits yet.")).toBeVisible();

    await page.goto("/users/editor");
    await expect(page.getByRole("link", { name: "Your submissions and their status" })).toHaveCount(0);
    const response = await page.goto("/users/editor/submissions");
    expect(response?.status()).toBe(404);
    const amend = await page.goto("/submissions/1/edit");
    expect(amend?.status()).toBe(404);
  });
});

test("propose an edit, follow it in the queue, amend it and withdraw it", async ({ page }) => {
  const username = uniqueUsername("edit");
  await register(page, username, PASSPHRASE);
  const deck = unique("A boy's psychic powers awaken in Neo-Tokyo.");
  const summary = unique("Shorter deck");

  await page.goto("/films/akira");
  await page
    .getByRole("region", { name: "Description", exact: true })
    .getByRole("link", { name: "Edit Description" })
    .click();
  await expect(page).toHaveURL("/films/akira/edit/description");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Edit Description — Akira");
  await page.getByLabel("Deck").fill(deck);
  await page.getByLabel("Edit summary").fill(summary);
  await page.getByLabel("Source (optional)").fill("https://example.com/akira");
  await page.getByRole("button", { name: "Save Changes" }).click();
  await expect(page).toHaveURL(/\/submissions\/\d+\?saved=1$/);
  const id = /\/submissions\/(\d+)/.exec(page.url())![1];

  await page.goto("/films/akira");
  const notice = page.getByRole("link", { name: "1 pending edit", exact: true });
  await expect(notice).toBeVisible();
  await notice.click();
  await expect(page).toHaveURL(`/users/${username}/submissions`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your submissions");
  const row = page.getByRole("row").filter({ hasText: summary });
  await expect(row).toContainText("Akira");
  await expect(row).toContainText("Description");
  await expect(row).toContainText(/Pending#\d+ in the queue/);
  await expect(row.getByRole("link", { name: summary, exact: true })).toHaveAttribute("href", `/submissions/${id}`);
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);

  await row.getByRole("link", { name: /^Amend/ }).click();
  await expect(page).toHaveURL(`/submissions/${id}/edit`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Amend your edit of Description — Akira");
  await expect(page.getByLabel("Deck")).toHaveValue(deck);
  await expect(page.getByLabel("Edit summary")).toHaveValue(summary);
  await expect(page.getByLabel("Source (optional)")).toHaveValue("https://example.com/akira");
  const amendedDeck = unique("A biker's psychic powers awaken in Neo-Tokyo.");
  const amendedSummary = unique("Shorter deck, amended");
  await page.getByLabel("Deck").fill(amendedDeck);
  await page.getByLabel("Edit summary").fill(amendedSummary);
  await page.getByRole("button", { name: "Save Changes" }).click();
  await expect(page).toHaveURL(`/submissions/${id}?amended=1`);

  await page.goto(`/submissions/${id}/edit`);
  await expect(page.getByLabel("Deck")).toHaveValue(amendedDeck);
  await page.goto(`/users/${username}/submissions`);
  const amended = page.getByRole("row").filter({ hasText: amendedSummary });
  await expect(amended).toContainText(/Pending#\d+ in the queue/);
  await expect(page.getByRole("row").filter({ hasText: summary })).toHaveCount(0);

  // Withdrawing asks first; keeping it changes nothing.
  await amended.getByRole("link", { name: /^Withdraw/ }).click();
  await expect(page).toHaveURL(`/submissions/${id}/withdraw`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Withdraw your Description edit to Akira?");
  await page.getByRole("link", { name: "Keep it" }).click();
  await expect(page).toHaveURL(`/submissions/${id}`);
  await expect(page.getByRole("main").getByText("Pending review")).toBeVisible();
  await page.getByRole("link", { name: /^Withdraw/ }).click();
  await page.getByRole("button", { name: "Withdraw" }).click();
  await expect(page).toHaveURL(`/submissions/${id}?withdrawn=1`);
  await expect(page.getByRole("main").getByRole("status")).toHaveText("You withdrew this submission.");
  await page.goto(`/users/${username}/submissions`);
  await expect(amended).toContainText("Withdrawn");
  await expect(amended.getByRole("link", { name: /^Withdraw/ })).toHaveCount(0);
  await page.goto("/films/akira");
  await expect(page.getByText(/pending edits?/)).toHaveCount(0);

  await page.goto(`/submissions/${id}/edit`);
  await expect(page.getByText("This submission was already withdrawn, so it can no longer be changed.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Save Changes" })).toHaveCount(0);
});

test("amending an edit in conflict starts from the newest version, and the author may choose theirs", async ({
  page,
  browser,
}) => {
  const username = uniqueUsername("conflict");
  await register(page, username, PASSPHRASE);
  await page.goto("/films/canaan/edit/description");
  const deck = unique("A mercenary in Shanghai.");
  await page.getByLabel("Deck").fill(deck);
  await page.getByLabel("Edit summary").fill(unique("Deck from the author"));
  await page.getByRole("button", { name: "Save Changes" }).click();
  await expect(page).toHaveURL(/\/submissions\/\d+\?saved=1$/);
  const id = /\/submissions\/(\d+)/.exec(page.url())![1];

  // An admin's edit applies at once and changes the same deck, and the description too.
  const admin = await browser.newPage();
  await admin.goto("/sign-in?callbackUrl=%2Ffilms%2Fcanaan%2Fedit%2Fdescription");
  await signIn(admin, "admin", DEV_PASSWORD);
  const description = unique("Canaan follows a mercenary through Shanghai.");
  const theirDeck = unique("An action series in Shanghai.");
  await admin.getByLabel("Deck").fill(theirDeck);
  await admin.getByLabel("Description").fill(description);
  await admin.getByLabel("Edit summary").fill(unique("Deck and description from the admin"));
  await admin.getByRole("button", { name: "Save Changes" }).click();
  await expect(admin).toHaveURL(/\/submissions\/\d+\?saved=1$/);

  // Approving the author's edit now finds the conflict.
  await admin.goto(`/submissions/${id}`);
  await admin.getByRole("button", { name: "Approve" }).click();
  // The admin moves on, told that nothing was applied.
  await expect(admin.getByRole("main").getByRole("status")).toContainText(
    `Nothing was applied from submission #${id}: a newer edit changed the same fields.`,
  );
  await admin.close();

  await page.goto(`/users/${username}/submissions`);
  await expect(page.getByRole("row").filter({ hasText: "Deck from the author" })).toContainText("Conflict");
  await page.goto(`/submissions/${id}/edit`);
  await expect(page.getByText("Newer edits were approved since you started.")).toBeVisible();
  // The clashing deck keeps the admin's until the author chooses theirs; the description is the admin's.
  const deckField = page.getByRole("textbox", { name: "Deck", exact: true });
  await expect(deckField).toHaveValue(theirDeck);
  await page
    .getByRole("region", { name: "Deck, as a whole" })
    .getByRole("link", { name: /^Use your version instead/ })
    .click();
  await expect(deckField).toHaveValue(deck);
  await expect(page.getByLabel("Description")).toHaveValue(description);
  await page.getByLabel("Edit summary").fill(unique("Deck from the author, after the admin's edit"));
  await page.getByRole("button", { name: "Save Changes" }).click();
  await expect(page).toHaveURL(`/submissions/${id}?amended=1`);
  await page.goto(`/users/${username}/submissions`);
  await expect(page.getByRole("row").filter({ hasText: "after the admin's edit" })).toContainText(
    /Pending#\d+ in the queue/,
  );
});

test("errors appear beside their fields and keep what was typed", async ({ page }) => {
  await register(page, uniqueUsername("edit"), PASSPHRASE);
  await page.goto("/films/steamboy/edit/general");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Edit General Information — Steamboy");
  const rows = page.getByRole("group", { name: /^Release \d+$/ });
  const existing = (await rows.count()) - 1;
  expect(existing).toBeGreaterThan(0);

  await release(page, 1).getByLabel("Release date").fill("1995-13-40");
  // The empty row below the releases.
  await release(page, existing + 1)
    .getByLabel("Region code")
    .fill("Japan");
  await release(page, existing + 1)
    .getByLabel("Name")
    .fill("スチームボーイ");
  await page.getByLabel("Runtime (minutes)").fill("1.5");
  await page.getByRole("button", { name: "Save Changes" }).click();
  const added = release(page, existing + 1);

  await expect(page.getByLabel("Edit summary")).toHaveAccessibleDescription(/Say briefly what you changed and why/);
  await expect(page.getByLabel("Edit summary")).toHaveAttribute("aria-invalid", "true");
  await expect(release(page, 1).getByLabel("Release date")).toHaveAccessibleDescription(
    /Use YYYY, YYYY-MM or YYYY-MM-DD/,
  );
  await expect(release(page, 1).getByLabel("Release date")).toHaveValue("1995-13-40");
  await expect(added.getByLabel("Region code")).toHaveAccessibleDescription(/two-letter region code/);
  await expect(added.getByLabel("Region code")).toHaveValue("Japan");
  await expect(added.getByLabel("Name")).toHaveValue("スチームボーイ");
  await expect(page.getByLabel("Runtime (minutes)")).toHaveAccessibleDescription(/whole number/);
  await expect(page.getByLabel("Runtime (minutes)")).toHaveValue("1.5");
  // Still an empty row to add more.
  await expect(rows).toHaveCount(existing + 2);

  // Nothing changed is a refusal for the whole form, not a field.
  await page.reload();
  await page.getByLabel("Edit summary").fill("No change at all");
  await page.getByRole("button", { name: "Save Changes" }).click();
  await expect(formAlert(page)).toHaveText("You have not changed anything yet.");
  await expect(page.getByLabel("Edit summary")).toHaveValue("No change at all");

  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
});

test("a moderator sees another person's submissions", async ({ page }) => {
  await page.goto("/sign-in?callbackUrl=%2Fusers%2Feditor%2Fsubmissions");
  await signIn(page, "moderator", DEV_PASSWORD);
  await expect(page).toHaveURL("/users/editor/submissions");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/submissions$/);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a release can be added and an error corrected", async ({ page }) => {
    await page.goto("/films/roujin-z/edit/general");
    await signIn(page, "editor", DEV_PASSWORD);
    await expect(page).toHaveURL("/films/roujin-z/edit/general");
    const rows = page.getByRole("group", { name: /^Release \d+$/ });
    const added = release(page, await rows.count());
    await added.getByLabel("Region code").fill("fr");
    await added.getByLabel("Name").fill("Roujin Z");
    await added.getByLabel("Release date").fill("1994-02");
    await page.getByLabel("Rating").selectOption("PG-13");
    await page.getByRole("button", { name: "Save Changes" }).click();

    await expect(page.getByLabel("Edit summary")).toHaveAccessibleDescription(/Say briefly/);
    await expect(added.getByLabel("Region code")).toHaveValue("fr");
    await expect(page.getByLabel("Rating")).toHaveValue("PG_13");
    await page.getByLabel("Edit summary").fill(unique("Add the French release"));
    await page.getByRole("button", { name: "Save Changes" }).click();
    await expect(page).toHaveURL(/\/submissions\/\d+\?saved=1$/);
  });
});
