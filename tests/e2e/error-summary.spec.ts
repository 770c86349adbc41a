import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { DEV_PASSWORD, errorSummary, signIn } from "./support/accounts";

// A failed save saves nothing, so these tests may share Memories with any other.
const FORM = "/films/memories/edit/credits";

const credit = (page: Page, number: number) => page.getByRole("group", { name: `Credit ${number}`, exact: true });

/** Names a person Keyframe lacks on the form's last row, its empty one far below its top, and saves. */
async function saveUnknownPerson(page: Page) {
  await page.goto(FORM);
  const rows = await page.getByRole("group", { name: /^Credit \d+$/ }).count();
  const row = credit(page, rows);
  await row.getByLabel("Person", { exact: true }).fill("Nobody Atall");
  await row.getByLabel("Role").selectOption("Writer");
  await page.getByLabel("Edit summary").fill("A credit for nobody");
  await page.getByRole("button", { name: "Save Changes" }).click();
  return { number: rows, person: row.getByLabel("Person", { exact: true }) };
}

test("after a failed save the error summary takes focus, and its link leads to the field", async ({ page }) => {
  await page.goto("/sign-in");
  await signIn(page, "editor", DEV_PASSWORD);
  const { number, person } = await saveUnknownPerson(page);

  const summary = errorSummary(page);
  await expect(summary).toBeFocused();
  const link = summary.getByRole("link", {
    name: new RegExp(`^Row ${number}, Person: No person called Nobody Atall\\.`),
  });
  await expect(link).toBeVisible();
  // The field keeps its own message.
  await expect(person).toHaveAccessibleDescription(/No person called Nobody Atall\./);
  await expect(person).toHaveValue("Nobody Atall");

  await link.focus();
  await page.keyboard.press("Enter");
  await expect(person).toBeFocused();
  await expect(person).toBeInViewport();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the page that comes back opens on the error summary at the top of the form", async ({ page }) => {
    await page.goto("/sign-in");
    await signIn(page, "editor", DEV_PASSWORD);
    await expect(page).toHaveURL("/");
    const { number, person } = await saveUnknownPerson(page);

    const summary = errorSummary(page);
    await expect(summary).toBeFocused();
    await expect(summary).toBeInViewport();
    // Nothing in the form comes before it.
    await expect(page.locator("main form > :not([type=hidden])").first()).toHaveAccessibleName("There is a problem");
    const link = summary.getByRole("link", {
      name: new RegExp(`^Row ${number}, Person: No person called Nobody Atall\\.`),
    });
    await expect(link).toHaveAttribute("href", `#${await person.getAttribute("id")}`);
    await expect(person).toHaveAccessibleDescription(/No person called Nobody Atall\./);
  });
});
