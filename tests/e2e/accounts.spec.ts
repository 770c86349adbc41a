import { expect, test } from "./fixtures";
import {
  DEV_PASSWORD,
  expectSignedInAs,
  formAlert,
  register,
  signIn,
  signOut,
  uniqueUsername,
} from "./support/accounts";

const account = (page: import("@playwright/test").Page) => page.getByRole("navigation", { name: "Account" });

test("register, sign out, sign in again and see the profile", async ({ page }) => {
  const username = uniqueUsername();
  await register(page, username, "a long and unusual passphrase");
  await signOut(page);
  await account(page).getByRole("link", { name: "Sign in" }).click();
  await signIn(page, username, "a long and unusual passphrase");
  // The browser is known to the account from now on, signed out or not (see the sign-in limits).
  const device = (await page.context().cookies()).find((cookie) => cookie.name === "keyframe.known-device");
  expect(device).toMatchObject({ httpOnly: true, sameSite: "Lax" });
  expect(JSON.parse(Buffer.from(device?.value.split(".")[0] ?? "", "base64url").toString())).toEqual([username]);
  await account(page).getByRole("link", { name: username }).click();
  await expect(page).toHaveURL(`/users/${username}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(username);
  await expect(page.getByText("Member")).toBeVisible();
  await expect(page.getByText(/Joined \w+ \d+, \d{4}/)).toBeVisible();
  await expect(page.getByRole("region", { name: "Contributions" })).toContainText("Approved edits0");
});

test("registration errors appear beside their fields and keep what was typed", async ({ page }) => {
  await page.goto("/register");
  await page.getByLabel("Username").fill("EDITOR");
  await page.getByLabel("Email (optional)").fill("someone@example.com");
  await page.getByLabel("Password", { exact: true }).fill("qwertyuiop");
  await page.getByLabel("Confirm password").fill("qwertyuiop");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByLabel("Password", { exact: true })).toHaveAccessibleDescription(/most common/);
  await expect(page.getByLabel("Username")).toHaveValue("EDITOR");
  await expect(page.getByLabel("Email (optional)")).toHaveValue("someone@example.com");

  await page.getByLabel("Password", { exact: true }).fill("a long and unusual passphrase");
  await page.getByLabel("Confirm password").fill("a long and unusual passphrase");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByLabel("Username")).toHaveAccessibleDescription(/That username is taken/);
  await expect(page.getByLabel("Username")).toHaveAttribute("aria-invalid", "true");

  await page.getByLabel("Username").fill("no spaces allowed");
  await page.getByLabel("Password", { exact: true }).fill("short");
  await page.getByLabel("Confirm password").fill("different");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByLabel("Username")).toHaveAccessibleDescription(/Use only letters a–z, digits, _ and -/);
  await expect(page.getByLabel("Password", { exact: true })).toHaveAccessibleDescription(/at least 10 characters/);
  await expect(page.getByLabel("Confirm password")).toHaveAccessibleDescription(/do not match/);
  await expect(page.getByLabel("Username")).toHaveValue("no spaces allowed");
  await expect(page.getByLabel("Password", { exact: true })).toHaveValue("");
});

test("a wrong password and an unknown user get the same message", async ({ page }) => {
  await page.goto("/sign-in");
  await signIn(page, "editor", "not the password");
  await expect(formAlert(page)).toHaveText("Wrong username or password.");
  await expect(page.getByLabel("Username")).toHaveValue("editor");
  await signIn(page, "nobody-by-this-name", "not the password");
  await expect(formAlert(page)).toHaveText("Wrong username or password.");
});

test("sign-in attempts are limited per account and address, with a time to retry", async ({ page }) => {
  // Eleven scrypt checks of 128 MiB each, on two shared cores.
  test.slow();
  const username = uniqueUsername("limit");
  await register(page, username, "the right passphrase here");
  await signOut(page);
  await page.goto("/sign-in");
  for (let attempt = 1; attempt <= 10; attempt += 1) {
    await signIn(page, username, `wrong passphrase ${attempt}`);
    await expect(formAlert(page)).toHaveText("Wrong username or password.");
  }
  await signIn(page, username, "the right passphrase here");
  await expect(formAlert(page)).toHaveText("Too many failed sign-in attempts. Try again in 15 minutes.");
});

test("signing out ends the session, also for a copy of its cookie, which can no longer write", async ({
  page,
  browser,
}) => {
  const username = uniqueUsername("copied");
  await register(page, username, "a long and unusual passphrase");
  const copy = await browser.newContext();
  await copy.addCookies(await page.context().cookies());
  const other = await copy.newPage();
  await other.goto("/lists/new");
  await other.getByLabel("Title").fill("Written after signing out");

  await signOut(page);
  await other.getByRole("button", { name: "Create list" }).click();
  await expect(formAlert(other)).toHaveText("Your session has ended. Sign in again to continue.");
  await expect(other.getByLabel("Title")).toHaveValue("Written after signing out");
  await other.goto("/account");
  await expect(other.getByText("You are not signed in.")).toBeVisible();
  await other.goto(`/users/${username}`);
  await expect(other.getByText("Written after signing out")).toHaveCount(0);
  await copy.close();
});

test("changing the password keeps this session and ends the others", async ({ page, browser }) => {
  // Seven scrypt hashes and checks.
  test.slow();
  const username = uniqueUsername("password");
  const [oldPassword, newPassword] = ["the first long passphrase", "the second long passphrase"];
  await register(page, username, oldPassword);
  const elsewhere = await (await browser.newContext()).newPage();
  await elsewhere.goto("/sign-in");
  await signIn(elsewhere, username, oldPassword);
  await expectSignedInAs(elsewhere, username);

  await page.goto("/account");
  const form = page.getByRole("region", { name: "Your password" });
  await form.getByLabel("Current password").fill("not my password at all");
  await form.getByLabel("New password", { exact: true }).fill(newPassword);
  await form.getByLabel("Confirm new password").fill(newPassword);
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(form.getByLabel("Current password")).toHaveAccessibleDescription("That is not your current password.");
  // Passwords are never sent back into the page.
  await expect(form.getByLabel("New password", { exact: true })).toHaveValue("");

  await form.getByLabel("Current password").fill(oldPassword);
  await form.getByLabel("New password", { exact: true }).fill(newPassword);
  await form.getByLabel("Confirm new password").fill("a third long passphrase");
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(form.getByLabel("Confirm new password")).toHaveAccessibleDescription(/do not match/);

  await form.getByLabel("Current password").fill(oldPassword);
  await form.getByLabel("New password", { exact: true }).fill(newPassword);
  await form.getByLabel("Confirm new password").fill(newPassword);
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(form.getByRole("status")).toHaveText("Your password is changed. Your other sessions are signed out.");

  await page.goto("/account");
  await expect(page.getByText("You are signed in.")).toBeVisible();
  await elsewhere.goto("/account");
  await expect(elsewhere.getByText("You are not signed in.")).toBeVisible();
  await elsewhere.goto("/sign-in");
  await signIn(elsewhere, username, oldPassword);
  await expect(formAlert(elsewhere)).toHaveText("Wrong username or password.");
  await signIn(elsewhere, username, newPassword);
  await expectSignedInAs(elsewhere, username);
  await elsewhere.context().close();
});

test("a display name that passes for staff or for another user is refused beside the field", async ({ page }) => {
  await register(page, uniqueUsername("namer"), "a long and unusual passphrase");
  await page.goto("/account");
  const name = page.getByLabel("Display name");
  for (const [typed, message] of [
    ["Ａｄｍｉｎ", /That name is reserved\. Choose another one\./],
    ["Mandatory  Network", /That name is taken\. Choose another one\./],
  ] as const) {
    await name.fill(typed);
    await page.getByRole("button", { name: "Save" }).click();
    await expect(name).toHaveAccessibleDescription(message);
    await expect(name).toHaveValue(typed);
  }
});

test("a page that needs a session sends the visitor to sign in and back", async ({ page }) => {
  await page.goto("/admin/users");
  await expect(page).toHaveURL("/sign-in?callbackUrl=%2Fadmin%2Fusers");
  await expect(page.getByText("Sign in to continue.")).toBeVisible();
  await signIn(page, "admin", DEV_PASSWORD);
  await expect(page).toHaveURL("/admin/users");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Users");
});

test.describe("roles", () => {
  test.use({ expectedConsoleErrors: [/status of 403/] });

  test("members cannot open the user admin", async ({ page }) => {
    await page.goto("/sign-in?callbackUrl=/admin/users");
    await signIn(page, "editor", DEV_PASSWORD);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Not allowed");
    await expect(account(page).getByRole("link", { name: "editor" })).toBeVisible();
  });

  test("an admin makes a member a trusted editor", async ({ page, browser }) => {
    const username = uniqueUsername("trusted");
    const other = await browser.newPage();
    await register(other, username, "a long and unusual passphrase");
    await other.close();

    await page.goto("/sign-in?callbackUrl=/admin/users");
    await signIn(page, "admin", DEV_PASSWORD);
    await page.getByLabel(`Role for ${username}`).selectOption("TRUSTED");
    await page
      .getByRole("row", { name: new RegExp(username) })
      .getByRole("button", { name: "Save" })
      .click();
    await expect(page.getByRole("status")).toHaveText(`${username} is now TRUSTED.`);
    await page.goto(`/users/${username}`);
    await expect(page.getByText("Trusted editor")).toBeVisible();
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("registering, signing out and signing in still work", async ({ page }) => {
    const username = uniqueUsername("nojs");
    await register(page, username, "a long and unusual passphrase");
    await signOut(page);
    await page.goto("/sign-in");
    await signIn(page, username, "wrong passphrase");
    await expect(formAlert(page)).toHaveText("Wrong username or password.");
    await expect(page.getByLabel("Username")).toHaveValue(username);
    await signIn(page, username, "a long and unusual passphrase");
    await expectSignedInAs(page, username);
  });
});
