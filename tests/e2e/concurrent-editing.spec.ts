import type { Browser, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { register, uniqueUsername } from "./support/accounts";
import { main, newFilm, signedInPage } from "./support/cached-pages";

/** A newly registered editor in a browser of their own. */
async function newEditor(browser: Browser, prefix: string) {
  const page = await (await browser.newContext()).newPage();
  await register(page, uniqueUsername(prefix), "a long and unusual passphrase");
  return page;
}

/** Fills the form's first credit row and saves; returns the submission's address. */
async function creditAndSave(editor: Page, person: string, role: string) {
  const row = editor.getByRole("group", { name: "Credit 1", exact: true });
  await row.getByLabel("Person", { exact: true }).fill(person);
  await row.getByLabel("Role").selectOption(role);
  await editor.getByLabel("Edit summary").fill(`${person}, ${role}`);
  await editor.getByRole("button", { name: "Save Changes" }).click();
  await expect(editor).toHaveURL(/\/submissions\/\d+\?saved=1$/);
  return new URL(editor.url()).pathname;
}

test("two editors add different credits to one film at the same time, and both are kept", async ({ browser }) => {
  // Three accounts, two edits and two approvals.
  test.slow();
  const film = await newFilm(browser);
  const first = await newEditor(browser, "first-editor");
  const second = await newEditor(browser, "second-editor");
  // Both open the form before either saves, so both edits start from the same revision.
  for (const editor of [first, second]) {
    await editor.goto(`${film.path}/edit/credits`);
    await expect(editor.getByRole("group", { name: "Credit 1", exact: true })).toBeVisible();
  }
  const firstSubmission = await creditAndSave(first, "Satoshi Kon", "Writer");
  const secondSubmission = await creditAndSave(second, "Koji Morimoto", "Director");

  const admin = await signedInPage(browser, "admin");
  await admin.goto(firstSubmission);
  await admin.getByRole("button", { name: "Approve" }).click();
  await expect(main(admin).getByRole("status")).toHaveText(/^Approved submission #\d+: revision #\d+ is live\./);

  // The second edit was made before the first was applied; it merges rather than conflicts.
  await admin.goto(secondSubmission);
  await expect(main(admin).getByText("Approving now would stop at a conflict")).toHaveCount(0);
  await admin.getByRole("button", { name: "Approve" }).click();
  await expect(main(admin).getByRole("status")).toHaveText(/^Approved submission #\d+: revision #\d+ is live\./);

  await admin.goto(film.path);
  const staff = admin.getByRole("region", { name: "Staff" });
  await expect(staff.getByRole("listitem").filter({ hasText: "Satoshi Kon" })).toContainText("Writer");
  await expect(staff.getByRole("listitem").filter({ hasText: "Koji Morimoto" })).toContainText("Director");
});
