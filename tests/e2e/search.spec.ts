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

const searchBoxes = [
  { box: "the header's", path: "/", landmark: "Site search" },
  { box: "the home page's", path: "/", landmark: "Search Keyframe" },
  { box: "the search page's", path: "/search", landmark: "Search again" },
] as const;

for (const { box: which, path, landmark } of searchBoxes) {
  test(`one Enter in ${which} box searches for what was typed, while suggestions are open`, async ({ page }) => {
    await page.goto(path);
    const form = page.getByRole("search", { name: landmark });
    const box = form.getByRole("combobox");
    await box.fill("otomo");
    await expect(form.getByRole("listbox").getByRole("option").first()).toBeVisible();
    await expect(box).toHaveAttribute("aria-expanded", "true");
    await box.press("Enter");
    await expect(page).toHaveURL(/\/search\?q=otomo$/);
    const person = results(page).getByRole("link", { name: "Katsuhiro Otomo" });
    await expect(person.locator("mark")).toHaveText("Otomo");
  });
}

test("a search box is a text combobox naming the highlighted suggestion only while there is one", async ({ page }) => {
  await page.goto("/search");
  const form = page.getByRole("search", { name: "Search again" });
  const box = form.getByRole("combobox");
  // HTML allows role=combobox on a text input, not on type=search; phones still get a search key.
  await expect(box).toHaveAttribute("type", "text");
  await expect(box).toHaveAttribute("inputmode", "search");
  await expect(box).toHaveAttribute("enterkeyhint", "search");
  await box.fill("memries");
  const suggestion = form.getByRole("option", { name: /^Memories/ });
  await expect(suggestion).toBeVisible();
  await expect(box).not.toHaveAttribute("aria-activedescendant");
  await box.press("ArrowDown");
  await expect(box).toHaveAttribute("aria-activedescendant", (await suggestion.getAttribute("id"))!);
});

test("the server renders the search boxes without a role on a search input or an empty active descendant", async ({
  request,
}) => {
  for (const path of ["/", "/search?q=otomo"]) {
    const html = await (await request.get(path)).text();
    const inputs = html.match(/<input[^>]*role="combobox"[^>]*>/g) ?? [];
    expect(inputs.length, path).toBeGreaterThan(0);
    for (const input of inputs) {
      expect(input).toContain('type="text"');
      expect(input).not.toContain("aria-activedescendant");
    }
  }
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
