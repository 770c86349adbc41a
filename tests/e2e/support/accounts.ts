import { randomUUID } from "node:crypto";
import { expect, type Page } from "@playwright/test";

export const DEV_PASSWORD = "memories-1995";

/** A username no other test uses, so tests can run in parallel against one database. */
export function uniqueUsername(prefix = "e2e"): string {
  return `${prefix}-${randomUUID().slice(0, 8)}`;
}

export async function register(page: Page, username: string, password: string): Promise<void> {
  await page.goto("/register");
  await page.getByLabel("Username").fill(username);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByLabel("Confirm password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expectSignedInAs(page, username);
}

/**
 * Checks who is signed in. Pages are the same for every reader, so the header names the reader once
 * its script has asked; without JavaScript it links to /account, which says.
 */
export async function expectSignedInAs(page: Page, username: string): Promise<void> {
  const header = page.getByRole("navigation", { name: "Account" });
  const name = header.getByRole("link", { name: username, exact: true });
  const fallback = header.getByRole("link", { name: "Your account" });
  await expect(name.or(fallback)).toBeVisible();
  if (await name.isVisible()) return;
  // Asked with the page's own cookies but without navigating, so the page under test stays put.
  const account = await (await page.request.get(new URL("/account", page.url()).href)).text();
  expect(account).toContain("You are signed in.");
  expect(account).toContain(`href="/users/${encodeURIComponent(username)}"`);
}

export async function signIn(page: Page, username: string, password: string): Promise<void> {
  // An earlier attempt's answer resets the form when React commits it; typing before then is lost.
  await expect(page.getByRole("button", { name: "Sign in", exact: true })).toBeEnabled();
  await page.getByLabel("Username").fill(username);
  await page.getByLabel("Password").fill(password);
  // Wait for the answer, so a repeated message is not mistaken for the new one.
  await Promise.all([
    page.waitForResponse((response) => response.request().method() === "POST"),
    page.getByRole("button", { name: "Sign in" }).click(),
  ]);
}

/**
 * The form's own message after a failed save: its error alone, or the summary of its fields' errors.
 * Next's route announcer is an alert too, outside the main landmark.
 */
export const formAlert = (page: Page) => {
  const main = page.getByRole("main");
  return main.getByRole("alert").or(errorSummary(page));
};

export const errorSummary = (page: Page) => page.getByRole("main").getByRole("region", { name: "There is a problem" });

export async function signOut(page: Page): Promise<void> {
  const header = page.getByRole("navigation", { name: "Account" });
  const fallback = header.getByRole("link", { name: "Your account" });
  if (await fallback.isVisible()) {
    await fallback.click();
    await page.getByRole("main").getByRole("button", { name: "Sign out" }).click();
    await page.goto("/account");
    await expect(page.getByText("You are not signed in.")).toBeVisible();
    return;
  }
  await header.getByRole("button", { name: "Sign out" }).click();
  await header.getByRole("link", { name: "Sign in" }).waitFor();
}
