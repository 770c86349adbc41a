import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { DEV_PASSWORD, expectSignedInAs, signIn, signOut, uniqueUsername } from "./support/accounts";

const PASSWORD = "a long and unusual passphrase";
const account = (page: Page) => page.getByRole("navigation", { name: "Account" });

test("registering and signing in from a film page come back to it", async ({ page }) => {
  const username = uniqueUsername("returning");
  await page.goto("/films/akira?tab=credits");
  await account(page).getByRole("link", { name: "Register" }).click();
  await expect(page).toHaveURL("/register?callbackUrl=%2Ffilms%2Fakira%3Ftab%3Dcredits");
  await page.getByLabel("Username").fill(username);
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByLabel("Confirm password").fill(PASSWORD);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL("/films/akira?tab=credits");
  await expectSignedInAs(page, username);

  await signOut(page);
  await page.goto("/films/memories");
  await account(page).getByRole("link", { name: "Sign in" }).click();
  await signIn(page, username, PASSWORD);
  await expect(page).toHaveURL("/films/memories");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Memories/);
  await expectSignedInAs(page, username);
});

test("signing in from the account page comes back to it", async ({ page }) => {
  await page.goto("/account");
  await expect(page.getByText("You are not signed in.")).toBeVisible();
  await page.getByRole("main").getByRole("link", { name: "Sign in" }).click();
  await signIn(page, "editor", DEV_PASSWORD);
  await expect(page).toHaveURL("/account");
  await expect(page.getByText("You are signed in.")).toBeVisible();
});

test("a page that needs an account sends the reader to sign in and then back to it", async ({ page }) => {
  await page.goto("/lists/new");
  await expect(page).toHaveURL("/sign-in?callbackUrl=%2Flists%2Fnew");
  // Choosing to register instead keeps the way back.
  await page.getByRole("link", { name: "Create an account" }).click();
  await page.getByRole("link", { name: "I already have an account" }).click();
  await signIn(page, "editor", DEV_PASSWORD);
  await expect(page).toHaveURL("/lists/new");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("New list");
});

for (const callbackUrl of ["//evil.example/", "https://evil.example/", "/\\evil.example", "/\t/evil.example"]) {
  test(`a callbackUrl of ${JSON.stringify(callbackUrl)} leads to the home page`, async ({ page }) => {
    await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`);
    await signIn(page, "editor", DEV_PASSWORD);
    await expect(page).toHaveURL("/");
    await expectSignedInAs(page, "editor");
  });
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("signing in through the account page comes back to the film page", async ({ page }) => {
    await page.goto("/films/memories");
    await account(page).getByRole("link", { name: "Your account" }).click();
    await expect(page).toHaveURL("/account?callbackUrl=%2Ffilms%2Fmemories");
    await page.getByRole("main").getByRole("link", { name: "Sign in" }).click();
    await signIn(page, "editor", DEV_PASSWORD);
    await expect(page).toHaveURL("/films/memories");
    await expectSignedInAs(page, "editor");
  });
});
