import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { formAlert } from "./support/accounts";
import { main, newFilm, signedInPage } from "./support/cached-pages";

/** Proposes a deck from `page`; answers the submission's address. */
async function proposeDeck(page: Page, filmPath: string, deck: string) {
  await page.goto(`${filmPath}/edit/description`);
  await page.getByLabel("Deck", { exact: true }).fill(deck);
  await page.getByLabel("Edit summary").fill("Same deck");
  await page.getByRole("button", { name: "Save Changes" }).click();
  await expect(page).toHaveURL(/\/submissions\/\d+\?saved=1$/);
  return new URL(page.url()).pathname;
}

test("an edit the entry already holds is approved with no revision, or refused when sent", async ({ browser }) => {
  const film = await newFilm(browser);
  const deck = `The same words twice (${randomUUID().slice(0, 8)}).`;
  const editor = await signedInPage(browser, "editor");
  const first = await proposeDeck(editor, film.path, deck);
  const second = await proposeDeck(editor, film.path, deck);
  // A form opened before the change is approved, and sent after.
  const stale = await editor.context().newPage();
  await stale.goto(`${film.path}/edit/description`);

  const moderator = await signedInPage(browser, "moderator");
  await moderator.goto(first);
  await moderator.getByRole("button", { name: "Approve" }).click();
  await expect(main(moderator).getByRole("status")).toContainText(/^Approved submission #\d+: revision #2 is live\./);
  await moderator.goto(second);
  await moderator.getByRole("button", { name: "Approve" }).click();
  await expect(main(moderator).getByRole("status")).toContainText(
    /^Approved submission #\d+: it changed nothing, so no new revision was made\./,
  );

  await editor.goto(second);
  await expect(main(editor).getByRole("region", { name: "No new revision" })).toContainText(
    "Nothing to change: the entry already says this.",
  );
  await editor.goto(`${film.path}/history`);
  await expect(main(editor).getByRole("rowheader")).toHaveText(["#2", "#1"]);

  await stale.getByLabel("Deck", { exact: true }).fill(deck);
  await stale.getByLabel("Edit summary").fill("Same deck, late");
  await stale.getByRole("button", { name: "Save Changes" }).click();
  await expect(formAlert(stale)).toContainText("Nothing to change: the entry already says this.");
  await expect(stale.getByLabel("Deck", { exact: true })).toHaveValue(deck);
});
