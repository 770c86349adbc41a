import { expect, test } from "./fixtures";
import { DEV_PASSWORD, errorSummary, signIn } from "./support/accounts";

test("a moderator adds a credit role, and a duplicate is refused beside the field", async ({ page }) => {
  await page.goto("/sign-in?callbackUrl=/moderation/roles");
  await signIn(page, "moderator", DEV_PASSWORD);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Credit roles");
  await page.getByLabel("New role").fill("Layout Artist");
  await page.getByRole("button", { name: "Add role" }).click();
  await expect(page.getByRole("main").getByRole("status")).toHaveText(
    "Added the role “Layout Artist”. Credits can use it now.",
  );
  await expect(
    page
      .getByRole("region", { name: /roles$/ })
      .getByRole("listitem")
      .last(),
  ).toContainText("Layout Artist");

  await page.getByLabel("New role").fill("layout artist");
  await page.getByRole("button", { name: "Add role" }).click();
  await expect(page.getByLabel("New role")).toHaveAccessibleDescription(/The role “Layout Artist” already exists\./);
  await expect(page.getByLabel("New role")).toHaveValue("layout artist");
  // No message of the form's own: only the summary pointing to the field.
  await expect(page.getByRole("main").getByRole("alert")).toHaveCount(0);
  await expect(errorSummary(page).getByRole("link")).toHaveText(/^Name: The role “Layout Artist” already exists\./);
});

test.describe("members", () => {
  test.use({ expectedConsoleErrors: [/status of 403/] });

  test("cannot open the role vocabulary", async ({ page }) => {
    await page.goto("/sign-in?callbackUrl=/moderation/roles");
    await signIn(page, "editor", DEV_PASSWORD);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Not allowed");
  });
});
