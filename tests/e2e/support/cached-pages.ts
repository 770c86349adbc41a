import { randomUUID } from "node:crypto";
import { expect, type Browser, type Page } from "@playwright/test";
import { DEV_PASSWORD, register, signIn, uniqueUsername } from "./accounts";

export const main = (page: Page) => page.getByRole("main");

/** A browser of its own, signed in. */
export async function signedInPage(browser: Browser, username: string, password = DEV_PASSWORD) {
  const page = await (await browser.newContext()).newPage();
  await page.goto("/sign-in");
  await signIn(page, username, password);
  await expect(page.getByRole("navigation", { name: "Account" }).getByRole("link", { name: username })).toBeVisible();
  return page;
}

/** A film title no other test uses, and the address its film will have. */
export function uniqueFilm(prefix = "Cache Study") {
  const title = `${prefix} ${randomUUID().slice(0, 8)}`;
  return { title, path: `/films/${title.toLowerCase().replaceAll(" ", "-")}` };
}

/** Proposes a film no other test reads, from `author`'s page; left on the submission's page. */
export async function proposeFilm(author: Page, { title, path } = uniqueFilm()) {
  await author.goto("/films/new");
  await author.getByLabel("Title", { exact: true }).fill(title);
  await author.getByLabel("Deck").fill("A film for checking that readers never see stale pages.");
  await author.getByLabel("Edit summary").fill("Test film");
  // Films made by parallel tests can look alike.
  await proposeAsNew(author, "Propose film");
  await expect(author).toHaveURL(/\/submissions\/\d+\?saved=1$/);
  return { title, path };
}

/** Presses a new entry's `button`; shown similar entries first, says it is not one of them and presses again. */
export async function proposeAsNew(author: Page, button: string) {
  await author.getByRole("button", { name: button }).click();
  const notSimilar = author.getByLabel("It is not one of these");
  await expect(main(author).getByRole("status").or(notSimilar)).toBeVisible();
  if (await notSimilar.isVisible()) {
    await notSimilar.check();
    await author.getByRole("button", { name: button }).click();
  }
}

/** An admin's proposal applies at once: a film no other test reads. */
export async function newFilm(browser: Browser) {
  const admin = await signedInPage(browser, "admin");
  const film = await proposeFilm(admin);
  await expect(main(admin).getByRole("status")).toContainText("live");
  await admin.context().close();
  return film;
}

/** A new user with a new public list holding the film at `filmPath`, signed in in a page of their own. */
export async function curatorListing(browser: Browser, filmPath: string) {
  const curator = await (await browser.newContext()).newPage();
  await register(curator, uniqueUsername("curator"), "a long and unusual passphrase");
  const listTitle = `Stale-free picks ${randomUUID().slice(0, 6)}`;
  await curator.goto("/lists/new");
  await curator.getByLabel("Title").fill(listTitle);
  await curator.getByRole("button", { name: "Create list" }).click();
  await expect(curator).toHaveURL(/\/lists\/\d+$/);
  const listPath = new URL(curator.url()).pathname;
  await curator.goto(filmPath);
  await curator.getByLabel("Add to list").selectOption({ label: listTitle });
  await curator.getByRole("button", { name: "Add to list" }).click();
  await expect(main(curator).getByRole("status")).toContainText("Added");
  return { curator, listTitle, listPath };
}

/** Loads a page twice; the second answer must come from the cache, or the test proves nothing. */
export async function readCached(page: Page, path: string) {
  await page.goto(path);
  const again = await page.goto(path);
  expect(again?.headers()["x-nextjs-cache"], `${path} is served from the cache`).toBe("HIT");
}
