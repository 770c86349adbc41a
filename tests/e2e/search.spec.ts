import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./fixtures";

const results = (page: import("@playwright/test").Page) => page.getByRole("list", { name: "Search results" });

test("the header box suggests entries as you type and opens the one chosen", async ({ page }) => {
  await page.goto("/");
  const box = page.getByRole("banner").getByRole("combobox");
  await box.fill("memries");
  const suggestion = page.getByRole("listbox").getByRole("option", { name: /^Memories/ });
  await expect(suggestion).toBeVisible();
  await box.press("ArrowDown");
  await expect(suggestion).toHaveAttribute("aria-selected", "true");
  await box.press("Enter");
  await expect(page).toHaveURL(/\/films\/memories$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Memories");
});

test("Enter without choosing a suggestion searches for what was typed", async ({ page }) => {
  await page.goto("/");
  const box = page.getByRole("banner").getByRole("combobox");
  await box.fill("otomo");
  await expect(page.getByRole("listbox").getByRole("option").first()).toBeVisible();
  await box.press("Escape");
  await box.press("Enter");
  await expect(page).toHaveURL(/\/search\?q=otomo$/);
  const person = results(page).getByRole("link", { name: "Katsuhiro Otomo" });
  await expect(person.locator("mark")).toHaveText("Otomo");
});

test("results come in tabs by kind, each with its count", async ({ page }) => {
  await page.goto("/search?q=otomo");
  const tabs = page.getByRole("navigation", { name: "Kinds of result" });
  await expect(tabs.getByRole("link", { name: /^All \(\d+\)$/ })).toHaveAttribute("aria-current", "page");
  await tabs.getByRole("link", { name: /^People/ }).click();
  await expect(page).toHaveURL(/type=people/);
  await expect(results(page).getByRole("link", { name: "Katsuhiro Otomo" })).toBeVisible();
  await expect(results(page).getByText("Katsuhiro Otomo Presents: Memories")).toHaveCount(0);
  await tabs.getByRole("link", { name: /^Films/ }).click();
  await expect(results(page).getByText("Also known as Katsuhiro Otomo Presents: Memories")).toBeVisible();
});

test("a search in Japanese finds the film by its Japanese title", async ({ page }) => {
  await page.goto("/search?q=" + encodeURIComponent("メモリーズ"));
  await expect(results(page).getByRole("listitem").first().getByRole("link", { name: "Memories" })).toBeVisible();
});

test("odd searches get a friendly answer, never an error page", async ({ page }) => {
  const long = "memories ".repeat(30);
  await page.goto(`/search?q=${encodeURIComponent(long)}`);
  const box = page.getByRole("main").getByRole("combobox");
  await expect(page.getByText("Searches can be at most 200 characters long.")).toBeVisible();
  await expect(box).toHaveValue(long);
  await expect(box).toHaveAttribute("aria-invalid", "true");

  await page.goto(`/search?q=${encodeURIComponent(`'; DROP TABLE "Film"; --`)}`);
  await expect(page.getByText(/^Nothing matches “'; DROP TABLE "Film"; --”/)).toBeVisible();

  await page.goto("/search?q=memories&type=everything&page=-4");
  await expect(results(page).getByRole("link", { name: "Memories" })).toBeVisible();

  await page.goto("/search?q=memories&page=99");
  await expect(page.getByText("There are no more results. Go back to an earlier page.")).toBeVisible();
});

test("the results page has no detectable accessibility violations", async ({ page }) => {
  await page.goto("/search?q=otomo");
  const found = await new AxeBuilder({ page }).analyze();
  expect(found.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the search box is a plain form that finds films by alias", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("banner").getByRole("combobox").fill("Katsuhiro Otomo Presents");
    await page.getByRole("banner").getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/\/search\?q=Katsuhiro\+Otomo\+Presents$/);
    const first = results(page).getByRole("listitem").first();
    await expect(first.getByRole("link", { name: "Memories" })).toBeVisible();
    await expect(first.getByText("Also known as Katsuhiro Otomo Presents: Memories")).toBeVisible();
  });
});
