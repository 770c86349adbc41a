import { randomUUID } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { DEV_PASSWORD, expectSignedInAs, signIn, signOut } from "./support/accounts";

// Slayers' description is edited here only, so other tests' pages stay word for word.
const EDIT = "/films/slayers/edit/description";

const unique = (text: string) => `${text} ${randomUUID().slice(0, 8)}`;

async function signInAs(page: Page, username: string, callbackUrl: string) {
  await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  await signIn(page, username, DEV_PASSWORD);
  await expectSignedInAs(page, username);
}

test("a description nested past the bound is refused beside the field, with the text kept", async ({ page }) => {
  await signInAs(page, "editor", EDIT);
  const deep = `${"> ".repeat(20)}Lina Inverse`;
  await page.getByLabel("Description").fill(deep);
  await page.getByLabel("Edit summary").fill(unique("Deeply quoted"));
  await page.getByRole("button", { name: "Save Changes" }).click();
  await expect(page.getByLabel("Description")).toHaveAccessibleDescription(
    /Lists and quotes nest at most 8 levels deep here; this text nests 20\./,
  );
  await expect(page).toHaveURL(EDIT);
  await expect(page.getByLabel("Description")).toHaveValue(deep);
});

test("a moderator sees a proposed description rendered beside its diff", async ({ page }) => {
  await signInAs(page, "editor", EDIT);
  const token = randomUUID().slice(0, 8);
  const description = `**Lina Inverse** (${token}) travels with [[film:akira|a friend]].\n\n- Gourry\n- Zelgadis`;
  await page.getByLabel("Description").fill(description);
  await page.getByLabel("Edit summary").fill(`Slayers description ${token}`);
  await page.getByRole("button", { name: "Save Changes" }).click();
  await expect(page).toHaveURL(/\/submissions\/\d+\?saved=1$/);
  const submission = new URL(page.url()).pathname;
  await signOut(page);

  await signInAs(page, "moderator", submission);
  const diff = page.getByRole("table", { name: /now on the site and with this edit/ });
  await expect(
    diff
      .getByRole("row", { name: /^Description / })
      .first()
      .getByRole("cell")
      .nth(1),
  ).toContainText("**Lina Inverse**");
  const shown = diff
    .getByRole("row", { name: /^Description as shown/ })
    .getByRole("cell")
    .nth(1);
  await expect(shown.locator("strong")).toHaveText("Lina Inverse");
  await expect(shown.getByRole("link", { name: "a friend" })).toHaveAttribute("href", "/films/akira");
  await expect(shown.getByRole("listitem")).toHaveText(["Gourry", "Zelgadis"]);
  const review = await new AxeBuilder({ page }).analyze();
  expect(review.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
});
