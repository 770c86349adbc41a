import { randomUUID } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { DEV_PASSWORD, expectSignedInAs, register, signIn, signOut, uniqueUsername } from "./support/accounts";
import { proposeFilm } from "./support/cached-pages";

const PASSPHRASE = "a long and unusual passphrase";
const SAVED = "Thanks! Your edit has been submitted. Submissions can take several hours to be approved.";

const main = (page: Page) => page.getByRole("main");

async function signInAs(page: Page, username: string, callbackUrl = "/") {
  await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  await signIn(page, username, DEV_PASSWORD);
  await expectSignedInAs(page, username);
}

/** Proposes a new deck through the film's edit form; answers the new submission's id. */
async function proposeDeck(page: Page, slug: string, edit: { deck: string; summary: string; source?: string }) {
  await page.goto(`/films/${slug}/edit/description`);
  await page.getByLabel("Deck", { exact: true }).fill(edit.deck);
  await page.getByLabel("Edit summary").fill(edit.summary);
  await page.getByLabel("Source").fill(edit.source ?? "");
  await page.getByRole("button", { name: "Save Changes" }).click();
  await expect(page).toHaveURL(/\/submissions\/\d+\?saved=1$/);
  await expect(main(page).getByRole("status")).toHaveText(SAVED);
  return Number(/\/submissions\/(\d+)/.exec(page.url())![1]);
}

/** A new member, in a browser of their own, with one pending edit of Roujin-Z's deck. */
async function memberWithPendingEdit(browser: Browser, prefix: string) {
  const username = uniqueUsername(prefix);
  const token = randomUUID().slice(0, 8);
  const page = await browser.newPage();
  await register(page, username, PASSPHRASE);
  const summary = `Deck wording ${token}`;
  const id = await proposeDeck(page, "roujin-z", { deck: `An old man's bed runs amok (${token}).`, summary });
  return { username, page, id, summary };
}

test("a member's edit waits in the queue until a moderator approves it", async ({ page }) => {
  const token = randomUUID().slice(0, 8);
  const deck = `A boy, a steam ball and Victorian London at war (${token}).`;
  const summary = `Sharper deck ${token}`;
  await signInAs(page, "editor", "/films/steamboy/edit/description");
  const id = await proposeDeck(page, "steamboy", { deck, summary, source: "https://example.com/steamboy" });
  await expect(main(page).getByRole("heading", { level: 1 })).toHaveText(/Description edit to Steamboy/);
  await expect(main(page).getByText("Pending review")).toBeVisible();
  await expect(main(page).getByRole("link", { name: "https://example.com/steamboy" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Approve" })).toHaveCount(0);
  await signOut(page);

  await signInAs(page, "moderator");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Moderation" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Moderation queue");
  await page.getByLabel("Film", { exact: true }).fill("steamboy");
  await page.getByLabel("Section").selectOption("description");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/section=description&film=steamboy/);
  const row = page.getByRole("row", { name: new RegExp(summary) });
  await expect(row.getByRole("cell")).toHaveText(["Steamboy", "Description", /editor/, /UTC$/]);
  // The link keeps the filters, so deciding moves on within them.
  await expect(row.getByRole("link", { name: summary })).toHaveAttribute(
    "href",
    `/submissions/${id}?section=description&film=steamboy`,
  );
  await expect(row.locator("time")).toHaveAttribute("datetime", /^\d{4}-\d\d-\d\dT/);
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);

  await row.getByRole("link", { name: summary }).click();
  await expect(page).toHaveURL(`/submissions/${id}?section=description&film=steamboy`);
  const diff = page.getByRole("table", { name: /now on the site and with this edit/ });
  await expect(diff.getByRole("columnheader")).toHaveText(["Field", "Now on the site", "With this edit"]);
  const deckRow = diff.getByRole("row", { name: /^Deck/ });
  await expect(deckRow.getByRole("cell").nth(1)).toHaveText(deck);
  await expect(deckRow.locator("ins")).toContainText([token]);
  await expect(deckRow.getByRole("cell").first().locator("del").first()).toBeVisible();
  const review = await new AxeBuilder({ page }).analyze();
  expect(review.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);

  await page.getByRole("button", { name: "Approve" }).click();
  // On to the next pending edit of Steamboy's description, or back to the queue when none is left.
  await expect(main(page).getByRole("status")).toHaveText(
    new RegExp(`^Approved submission #${id}: revision #\\d+ is live\\.`),
  );
  await expect(page).toHaveURL(new RegExp(`[?&]reviewed=${id}(&|$)`));
  await page.goto(`/submissions/${id}`);
  await expect(main(page).getByText("Approved", { exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Approve" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Reject" })).toHaveCount(0);
  await expect(page.getByRole("table", { name: /before the edit and as proposed/ })).toContainText(deck);

  await page.goto("/films/steamboy");
  await expect(main(page).getByText(deck)).toBeVisible();
  await page.getByRole("link", { name: "View history" }).click();
  const revision = page.getByRole("row", { name: new RegExp(summary) });
  await expect(revision).toContainText("editor");
  await expect(revision).toContainText("moderator");
  await page.goto("/moderation?film=steamboy");
  await expect(page.getByRole("link", { name: summary })).toHaveCount(0);
});

test("rejecting needs a reason, and the author sees it", async ({ page, browser }) => {
  const author = await memberWithPendingEdit(browser, "rejected");
  await signInAs(page, "moderator", `/submissions/${author.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Description edit to Roujin Z/);
  await page.getByRole("button", { name: "Reject" }).click();
  const reason = page.getByLabel("Reason for rejecting");
  await expect(reason).toHaveAccessibleDescription(/Tell the author why/);
  await expect(reason).toHaveAttribute("aria-invalid", "true");
  await expect(main(page).getByText("Pending review")).toBeVisible();

  await reason.fill("   ");
  // Wait for the answer to be shown, not just received: React then refills the field with what was
  // sent, which would overwrite new typing. The button says "Rejecting…" until then.
  await Promise.all([
    page.waitForResponse((response) => response.request().method() === "POST"),
    page.getByRole("button", { name: "Reject" }).click(),
  ]);
  await expect(page.getByRole("button", { name: "Rejecting…" })).toHaveCount(0);
  await expect(reason).toHaveAccessibleDescription(/Tell the author why/);
  await reason.fill("The deck should describe the film, not one scene.");
  await page.getByRole("button", { name: "Reject" }).click();
  await expect(main(page).getByRole("status")).toContainText(
    `Rejected submission #${author.id}. Its author will see your reason.`,
  );
  await page.goto(`/submissions/${author.id}`);
  await expect(main(page).getByText("Rejected", { exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Reject" })).toHaveCount(0);

  await author.page.reload();
  await expect(author.page.getByRole("region", { name: "Why it was rejected" })).toContainText(
    "The deck should describe the film, not one scene.",
  );
  await expect(author.page.getByRole("main").getByText("Rejected", { exact: true })).toBeVisible();
  await author.page.close();
});

test("a moderator's own submission offers no review", async ({ page, browser }) => {
  // Moderators' edits apply at once, so the pending one was made before a promotion.
  const author = await memberWithPendingEdit(browser, "promoted");
  await signInAs(page, "admin", "/admin/users");
  await page.getByLabel(`Role for ${author.username}`).selectOption("MODERATOR");
  await page
    .getByRole("row", { name: new RegExp(author.username) })
    .getByRole("button", { name: "Save" })
    .click();
  await expect(main(page).getByRole("status")).toHaveText(`${author.username} is now MODERATOR.`);

  await author.page.goto(`/moderation?author=${author.username}`);
  await expect(author.page.getByRole("link", { name: author.summary })).toBeVisible();
  await author.page.getByRole("link", { name: author.summary }).click();
  await expect(author.page).toHaveURL(`/submissions/${author.id}?author=${author.username}`);
  await expect(author.page.getByText("Another moderator will review your submission")).toBeVisible();
  await expect(author.page.getByRole("button", { name: "Approve" })).toHaveCount(0);
  await expect(author.page.getByRole("button", { name: "Reject" })).toHaveCount(0);

  await page.goto(`/submissions/${author.id}`);
  await expect(page.getByRole("button", { name: "Approve" })).toBeVisible();
  await author.page.close();
});

test("after a decision the moderator moves on to the next pending edit in the filtered queue", async ({
  page,
  browser,
}) => {
  const author = await memberWithPendingEdit(browser, "twice");
  const token = randomUUID().slice(0, 8);
  const second = await proposeDeck(author.page, "steamboy", {
    deck: `A steam ball (${token}).`,
    summary: `Second deck ${token}`,
  });
  await author.page.close();

  await signInAs(page, "moderator", `/moderation?author=${author.username}`);
  await page.getByRole("link", { name: author.summary }).click();
  await expect(page).toHaveURL(`/submissions/${author.id}?author=${author.username}`);
  await page.getByRole("button", { name: "Approve" }).click();
  await expect(page).toHaveURL(`/submissions/${second}?author=${author.username}&reviewed=${author.id}`);
  await expect(main(page).getByRole("status")).toHaveText(
    new RegExp(`^Approved submission #${author.id}: revision #\\d+ is live\\.$`),
  );
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Description edit to Steamboy/);

  await page.getByLabel("Reason for rejecting").fill("Too short.");
  await page.getByRole("button", { name: "Reject" }).click();
  await expect(page).toHaveURL(`/moderation?author=${author.username}&reviewed=${second}`);
  await expect(main(page).getByRole("status")).toContainText(`Rejected submission #${second}.`);
  await expect(main(page).getByText("No pending submissions match these filters.")).toBeVisible();
});

test("the queue names proposed entries, and its film filter takes a title", async ({ page, browser }) => {
  const author = await browser.newPage();
  const username = uniqueUsername("proposer");
  await register(author, username, PASSPHRASE);
  const film = await proposeFilm(author);
  await author.close();

  await signInAs(page, "moderator", `/moderation?author=${username}`);
  const row = page.getByRole("row").filter({ hasText: film.title });
  await expect(row.getByRole("cell").first()).toHaveText(`${film.title}new film`);

  await page.getByLabel("Film", { exact: true }).fill("Steamboy");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page.getByLabel("Film", { exact: true })).not.toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Film", { exact: true })).toHaveValue("Steamboy");
  for (const cell of await main(page)
    .getByRole("row")
    .filter({ has: page.getByRole("link") })
    .all()) {
    await expect(cell.getByRole("cell").first()).toHaveText("Steamboy");
  }

  await page.getByLabel("Film", { exact: true }).fill("No Film Is Called This");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page.getByLabel("Film", { exact: true })).toHaveAccessibleDescription(
    /No film is titled “No Film Is Called This” or has that slug\./,
  );
  await expect(page.getByLabel("Film", { exact: true })).toHaveValue("No Film Is Called This");
});

test.describe("who may look", () => {
  test.use({ expectedConsoleErrors: [/status of 40[34]/] });

  test("a member gets the 403 page at the queue", async ({ page }) => {
    await page.goto("/moderation");
    await expect(page).toHaveURL("/sign-in?callbackUrl=%2Fmoderation");
    await signIn(page, "editor", DEV_PASSWORD);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Not allowed");
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Moderation" })).toHaveCount(
      0,
    );
  });

  test("a submission is not found by anyone but its author and moderators", async ({ page, browser }) => {
    const author = await memberWithPendingEdit(browser, "private");
    await author.page.close();
    await signInAs(page, "editor");
    const response = await page.goto(`/submissions/${author.id}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Submission not found");
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a moderator filters the queue and rejects", async ({ page, browser }) => {
    const author = await memberWithPendingEdit(browser, "nojs");
    await signInAs(page, "moderator", "/moderation");
    await page.getByLabel("Author", { exact: true }).fill("nobody-by-this-name");
    await page.getByRole("button", { name: "Filter" }).click();
    await expect(page.getByLabel("Author", { exact: true })).toHaveAccessibleDescription(
      /Nobody has the username “nobody-by-this-name”/,
    );
    await expect(page.getByLabel("Author", { exact: true })).toHaveValue("nobody-by-this-name");

    await page.getByLabel("Author", { exact: true }).fill(author.username);
    await page.getByRole("button", { name: "Filter" }).click();
    await expect(page.getByRole("row")).toHaveCount(2);
    await expect(page.getByRole("navigation", { name: "Queue pages" })).toHaveCount(0);
    await page.getByRole("link", { name: author.summary }).click();

    await page.getByRole("button", { name: "Reject" }).click();
    await expect(page.getByLabel("Reason for rejecting")).toHaveAccessibleDescription(/Tell the author why/);
    await page.getByLabel("Reason for rejecting").fill("A duplicate of another edit.");
    await page.getByRole("button", { name: "Reject" }).click();
    // The author's only edit: back to the queue, filtered as before.
    await expect(page).toHaveURL(`/moderation?author=${author.username}&reviewed=${author.id}`);
    await expect(main(page).getByRole("status")).toHaveText(
      `Rejected submission #${author.id}. Its author will see your reason. No pending submissions that match these filters are left for you to review.`,
    );
    await expect(page.getByLabel("Author", { exact: true })).toHaveValue(author.username);
    await author.page.reload();
    await expect(author.page.getByRole("region", { name: "Why it was rejected" })).toContainText(
      "A duplicate of another edit.",
    );
    await author.page.close();
  });
});
