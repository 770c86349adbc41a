import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./fixtures";

test("the home page lists recent films and searches", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("The community anime database");
  await expect(page.getByRole("region", { name: "Recently added" }).getByRole("link").first()).toBeVisible();
  await page.getByRole("main").getByRole("combobox").fill("memories");
  await page.getByRole("main").getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/\/search\?q=memories$/);
  await page.getByRole("list", { name: "Search results" }).getByRole("link", { name: "Memories" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Memories");
});

test("the home page has no detectable accessibility violations", async ({ page }) => {
  await page.goto("/");
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("reading and searching still work", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("banner").getByRole("combobox").fill("メモリーズ");
    await page.getByRole("banner").getByRole("button", { name: "Search" }).click();
    await page.getByRole("list", { name: "Search results" }).getByRole("link", { name: "Memories" }).click();
    await expect(page.getByRole("region", { name: "Staff", exact: true }).getByRole("listitem")).toHaveCount(11);
  });
});
