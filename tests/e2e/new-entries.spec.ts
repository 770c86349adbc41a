import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { DEV_PASSWORD, expectSignedInAs, signIn, signOut } from "./support/accounts";
import { uniqueFilm } from "./support/cached-pages";

const main = (page: Page) => page.getByRole("main");

async function signInAs(page: Page, username: string, callbackUrl: string) {
  await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  await signIn(page, username, DEV_PASSWORD);
  await expectSignedInAs(page, username);
}

test("an editor proposes a new film and it exists once a moderator approves it", async ({ page }) => {
  await signInAs(page, "editor", "/films/new");
  await expect(main(page).getByRole("heading", { level: 1 })).toHaveText("Propose a new film");
  await page.getByLabel("Title", { exact: true }).fill("Perfect Blue");
  await page.getByLabel("Native title").fill("パーフェクトブルー");
  await page.getByLabel("Format").selectOption("FILM");
  await page.getByLabel("Deck").fill("A pop idol turned actress loses her grip on what is real.");
  await page.getByLabel("Edit summary").fill("Satoshi Kon's first film");
  await page.getByRole("button", { name: "Propose film" }).click();
  await expect(page).toHaveURL(/\/submissions\/\d+\?saved=1$/);
  await expect(main(page).getByRole("heading", { level: 1 })).toHaveText("New film: Perfect Blue");
  const id = Number(/\/submissions\/(\d+)/.exec(page.url())![1]);
  await signOut(page);

  await signInAs(page, "moderator", `/submissions/${id}`);
  await page.getByRole("button", { name: "Approve" }).click();
  await expect(main(page).getByRole("status")).toContainText("Approved");
  await page.goto("/films/perfect-blue");
  await expect(main(page).getByRole("heading", { level: 1 })).toContainText("Perfect Blue");
});

test("a similar title is shown before a proposal is saved", async ({ page }) => {
  await signInAs(page, "editor", "/films/new");
  await page.getByLabel("Title", { exact: true }).fill("akira");
  await page.getByLabel("Edit summary").fill("Maybe new");
  await page.getByRole("button", { name: "Propose film" }).click();
  const similar = main(page).getByRole("region", { name: "Similar entries already on Keyframe" });
  await expect(similar.getByRole("link", { name: "Akira", exact: true })).toHaveAttribute("href", "/films/akira");
  await expect(page.getByLabel("It is not one of these")).not.toBeChecked();
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue("akira");
});

test("an admin's edit of a person's deck is on their page at once", async ({ page }) => {
  const deck = `Director of dreams and deadlines (${randomUUID().slice(0, 8)}).`;
  await signInAs(page, "admin", "/people/satoshi-kon");
  await main(page).getByRole("link", { name: "Edit Satoshi Kon" }).click();
  await expect(page).toHaveURL(/\/people\/satoshi-kon\/edit$/);
  await page.getByLabel("Deck").fill(deck);
  await page.getByLabel("Edit summary").fill("Sharper deck");
  await page.getByRole("button", { name: "Save Changes" }).click();
  await expect(page).toHaveURL(/\/submissions\/\d+\?saved=1$/);
  await expect(main(page).getByRole("status")).toHaveText("Your edit is live.");
  await page.goto("/people/satoshi-kon");
  await expect(main(page).getByText(deck)).toBeVisible();
});

test("a film proposed with a year has that year once approved; a bad year is refused beside its field", async ({
  page,
}) => {
  const { title, path } = uniqueFilm("Year Study");
  await signInAs(page, "admin", "/films/new");
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page.getByLabel("Year (optional)").fill("98");
  await page.getByLabel("Edit summary").fill("A film with its year");
  await page.getByRole("button", { name: "Propose film" }).click();
  const year = page.getByLabel("Year (optional)");
  await expect(year).toHaveAccessibleDescription(/Give the year as four digits, such as 1988\./);
  await expect(year).toHaveValue("98");
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue(title);

  await year.fill("1998");
  await page.getByRole("button", { name: "Propose film" }).click();
  await expect(page).toHaveURL(/\/submissions\/\d+\?saved=1$/);
  await expect(main(page)).toContainText("1998");
  await page.goto(path);
  await expect(main(page).getByRole("heading", { level: 1 })).toContainText(title);
  await expect(main(page)).toContainText("1998");
});

test("a film titled only in Japanese gets a Japanese address, and its pages open at it", async ({ page }) => {
  // Written in kanji numerals, so that no Latin letter or digit gives the film a Latin address.
  const suffix = [...String(Date.now() % 100_000)].map((digit) => "〇一二三四五六七八九"[Number(digit)]).join("");
  const title = `記憶の映画${suffix}`;
  await signInAs(page, "admin", "/films/new");
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page.getByLabel("Format").selectOption("FILM");
  await page.getByLabel("Edit summary").fill("A work known only by its Japanese title");
  await page.getByRole("button", { name: "Propose film" }).click();
  await expect(main(page).getByRole("status")).toContainText("live");
  const path = `/films/${encodeURIComponent(title)}`;
  expect((await page.goto(path))?.status()).toBe(200);
  await expect(main(page).getByRole("heading", { level: 1 })).toContainText(title);
  expect((await page.goto(`${path}/history`))?.status()).toBe(200);
  await expect(main(page).getByRole("heading", { level: 1 })).toContainText(title);
});
