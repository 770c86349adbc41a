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
  await page.getByRole("navigation", { name: "Account" }).getByRole("link", { name: username }).waitFor();
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

/** The form's own message; Next's route announcer is an alert too, outside the main landmark. */
export const formAlert = (page: Page) => page.getByRole("main").getByRole("alert");

export async function signOut(page: Page): Promise<void> {
  await page.getByRole("navigation", { name: "Account" }).getByRole("button", { name: "Sign out" }).click();
  await page.getByRole("navigation", { name: "Account" }).getByRole("link", { name: "Sign in" }).waitFor();
}
