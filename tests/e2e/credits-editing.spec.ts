import { randomUUID } from "node:crypto";
import type { Browser, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { DEV_PASSWORD, formAlert, signIn } from "./support/accounts";

// Roujin Z, not Memories, whose page other tests check word for word. Both tests edit its credits, so
// they run one after the other: side by side, the second approval would meet the first as a conflict.
test.describe.configure({ mode: "default" });

const credit = (page: Page, number: number) => page.getByRole("group", { name: `Credit ${number}`, exact: true });

/** The empty row the form ends with, whatever the film's credits are by now. */
async function emptyCredit(page: Page) {
  const rows = await page.getByRole("group", { name: /^Credit \d+$/ }).count();
  return credit(page, rows);
}

async function signedIn(browser: Browser, username: string, path: string) {
  const page = await (await browser.newContext()).newPage();
  await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(path)}`);
  await signIn(page, username, DEV_PASSWORD);
  await expect(page).toHaveURL(path);
  return page;
}

test("an editor credits a person, a moderator approves, and the credit shows on both pages", async ({ browser }) => {
  const editor = await signedIn(browser, "editor", "/films/roujin-z");
  await editor.getByRole("link", { name: "Add a credit to Roujin Z" }).click();
  await expect(editor).toHaveURL("/films/roujin-z/edit/credits#credits-new");
  await expect(credit(editor, 1).getByLabel("Person", { exact: true })).toHaveValue("Katsuhiro Otomo");
  await expect(credit(editor, 1).getByLabel("Role")).toHaveValue("Writer");

  const row = credit(editor, 2);
  await row.getByLabel("Person", { exact: true }).fill("Nobody Atall");
  await row.getByLabel("Role").selectOption("Writer");
  const summary = `Kon wrote the screenplay too ${randomUUID().slice(0, 8)}`;
  await editor.getByLabel("Edit summary").fill(summary);
  await editor.getByRole("button", { name: "Save Changes" }).click();
  await expect(formAlert(editor)).toContainText("Some rows need correcting");
  await expect(credit(editor, 2).getByLabel("Person", { exact: true })).toHaveAccessibleDescription(
    /No person called Nobody Atall\./,
  );
  await expect(credit(editor, 2).getByLabel("Person", { exact: true })).toHaveValue("Nobody Atall");
  await expect(editor.getByLabel("Edit summary")).toHaveValue(summary);

  await credit(editor, 2).getByLabel("Person", { exact: true }).fill("Satoshi Kon");
  await editor.getByRole("button", { name: "Save Changes" }).click();
  await expect(editor).toHaveURL(/\/submissions\/\d+\?saved=1$/);
  const submissionPath = new URL(editor.url()).pathname;
  await expect(editor.getByRole("main")).toContainText("Satoshi Kon — Writer");

  const moderator = await signedIn(browser, "moderator", submissionPath);
  await moderator.getByRole("button", { name: "Approve" }).click();
  await expect(moderator.getByRole("main").getByRole("status")).toHaveText(
    /^Approved submission #\d+: revision #\d+ is live\./,
  );

  await moderator.goto("/films/roujin-z");
  const staff = moderator.getByRole("region", { name: "Staff" });
  await expect(staff.getByRole("listitem")).toHaveCount(2);
  await expect(staff.getByRole("listitem").nth(1)).toContainText("Satoshi Kon");
  await expect(staff.getByRole("listitem").nth(1)).toContainText("Writer");

  await moderator.goto("/people/satoshi-kon");
  await expect(moderator.getByRole("main")).toContainText("Roujin Z");
  await expect(moderator.getByRole("link", { name: "Roujin Z" })).toBeVisible();
});

test("an editor credits a new person, a moderator approves, and the person gets a page", async ({ browser }) => {
  const editor = await signedIn(browser, "editor", "/films/roujin-z");
  await editor.getByRole("link", { name: "Add a credit to Roujin Z" }).click();
  await expect(editor).toHaveURL("/films/roujin-z/edit/credits#credits-new");
  await expect(credit(editor, 1).getByLabel("Person", { exact: true })).toHaveValue("Katsuhiro Otomo");

  const row = await emptyCredit(editor);
  await row.getByLabel("Person", { exact: true }).fill("Hiroyuki Kitakubo");
  await row.getByLabel("Role").selectOption("Director");
  await editor.getByLabel("Edit summary").fill(`Kitakubo directed it ${randomUUID().slice(0, 8)}`);
  await editor.getByRole("button", { name: "Save Changes" }).click();

  // A name nobody has is refused until the editor says it is a new person; what was typed stays.
  await expect(formAlert(editor)).toContainText("Some rows need correcting");
  const person = row.getByLabel("Person", { exact: true });
  await expect(person).toHaveAccessibleDescription(/No person called Hiroyuki Kitakubo\..*“New person”/);
  await expect(person).toHaveValue("Hiroyuki Kitakubo");
  await expect(row.getByLabel("Role")).toHaveValue("Director");

  await row.getByLabel("New person").check();
  await editor.getByRole("button", { name: "Save Changes" }).click();
  await expect(editor).toHaveURL(/\/submissions\/\d+\?saved=1$/);
  const submissionPath = new URL(editor.url()).pathname;
  await expect(editor.getByRole("main")).toContainText("Hiroyuki Kitakubo (new person) — Director");

  const moderator = await signedIn(browser, "moderator", submissionPath);
  await moderator.getByRole("button", { name: "Approve" }).click();
  await expect(moderator.getByRole("main").getByRole("status")).toHaveText(
    /^Approved submission #\d+: revision #\d+ is live\./,
  );

  await moderator.goto("/films/roujin-z");
  const staff = moderator.getByRole("region", { name: "Staff" });
  const credited = staff.getByRole("listitem").filter({ hasText: "Hiroyuki Kitakubo" });
  await expect(credited).toHaveCount(1);
  await expect(credited).toContainText("Director");

  await credited.getByRole("link", { name: "Hiroyuki Kitakubo" }).click();
  await expect(moderator).toHaveURL("/people/hiroyuki-kitakubo");
  await expect(moderator.getByRole("heading", { level: 1 })).toHaveText("Hiroyuki Kitakubo");
  await expect(moderator.getByRole("main")).toContainText("Director");
  await expect(moderator.getByRole("main").getByRole("link", { name: "Roujin Z" })).toBeVisible();
});
