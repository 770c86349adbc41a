import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { register, signOut, uniqueUsername } from "./support/accounts";
import { addFilm, startList, startListOfThree } from "./support/lists";

const PASSWORD = "a long list password 1995";

test("a list is created, filled, reordered by keyboard, liked, and shown on its films", async ({ page }) => {
  const owner = uniqueUsername("lists");
  const title = `Otomo picks ${owner}`;
  await register(page, owner, PASSWORD);

  await startList(page, title);
  for (const film of ["Akira", "Roujin Z"]) await addFilm(page, film);
  await page.getByRole("combobox", { name: "Film title" }).fill("Akira");
  await page.getByRole("button", { name: "Add film" }).click();
  await expect(page.getByText("Akira is already on this list.", { exact: true })).toBeVisible();
  await expect(page.getByRole("combobox", { name: "Film title" })).toHaveValue("Akira");

  await page.goto("/films/steamboy");
  await page.getByLabel("Add to list").selectOption({ label: title });
  await page.getByRole("button", { name: "Add to list" }).click();
  await expect(page.getByText("Added Steamboy to your list.")).toBeVisible();

  await page.goto("/films/akira");
  await page.getByRole("link", { name: title }).click();
  const films = page.getByRole("region", { name: "Films" }).getByRole("listitem");
  await expect(films).toHaveCount(3);
  await expect(page.getByText(/a list of 3 items by/)).toBeVisible();

  await page.getByRole("button", { name: "Move Steamboy up" }).focus();
  await page.keyboard.press("Enter");
  await expect(films.nth(1)).toContainText("Steamboy");
  await expect(films.nth(2)).toContainText("Roujin Z");
  const listUrl = page.url().split("?")[0]!;

  await signOut(page);
  await register(page, uniqueUsername("fan"), PASSWORD);
  await page.goto(listUrl);
  await expect(page.getByText("0 likes")).toBeVisible();
  await page.getByRole("button", { name: "Like", exact: true }).click();
  await expect(page.getByText("1 like", { exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Unlike" })).toBeVisible();

  await page.goto("/films/akira");
  await expect(
    page.getByRole("region", { name: "Top Rated Lists" }).getByRole("listitem").filter({ hasText: title }),
  ).toContainText("a list of 3 items by");
});

test.describe("a private list", () => {
  test.use({ expectedConsoleErrors: [/status of 404/] });

  test("answers 404 to everyone else", async ({ page }) => {
    await register(page, uniqueUsername("private"), PASSWORD);
    await page.goto("/lists/new");
    await page.getByLabel("Title").fill("Just mine");
    await page.getByLabel("Who can see it").selectOption("PRIVATE");
    await page.getByRole("button", { name: "Create list" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Just mine");
    const url = page.url();
    await signOut(page);
    const response = await page.goto(url);
    expect(response?.status()).toBe(404);
  });
});

test("a whole new order is saved in one request from the ranks typed", async ({ page }) => {
  await register(page, uniqueUsername("ranker"), PASSWORD);
  await startListOfThree(page, "Ranked in one go");
  await page.getByRole("link", { name: "Set the order" }).click();
  await page.getByLabel("Rank of Roujin Z (1991)").fill("0");
  await page.getByLabel("Rank of Akira (1988)").fill("abc");
  await page.getByRole("button", { name: "Save order" }).click();
  await expect(page.getByLabel("Rank of Akira (1988)")).toHaveAccessibleDescription(/Give a number/);
  await expect(page.getByLabel("Rank of Roujin Z (1991)")).toHaveValue("0");
  await page.getByLabel("Rank of Akira (1988)").fill("9");
  await page.getByRole("button", { name: "Save order" }).click();
  await expect(page).toHaveURL(/\/lists\/\d+$/);
  const titles = page
    .getByRole("main")
    .getByRole("listitem")
    .getByRole("link", { name: /^(Akira|Steamboy|Roujin Z)$/ });
  await expect(titles).toHaveText(["Roujin Z", "Steamboy", "Akira"]);
});

test("with JavaScript, dragging a row renumbers the ranks before one save", async ({ page }) => {
  await register(page, uniqueUsername("dragger"), PASSWORD);
  await startListOfThree(page, "Dragged into place");
  await page.getByRole("link", { name: "Set the order" }).click();
  const rows = page.getByRole("main").getByRole("listitem");
  await rows
    .filter({ hasText: "Roujin Z" })
    .locator("[data-drag-handle]")
    .dragTo(rows.first().locator("[data-drag-handle]"));
  await expect(page.getByLabel("Rank of Roujin Z (1991)")).toHaveValue("1");
  await expect(page.getByLabel("Rank of Akira (1988)")).toHaveValue("2");
  await expect(page.getByRole("main").getByRole("status")).toHaveText("Roujin Z (1991) moved to rank 1.");
  await page.getByRole("button", { name: "Save order" }).click();
  await expect(page).toHaveURL(/\/lists\/\d+$/);
  const titles = page
    .getByRole("main")
    .getByRole("listitem")
    .getByRole("link", { name: /^(Akira|Steamboy|Roujin Z)$/ });
  await expect(titles).toHaveText(["Roujin Z", "Akira", "Steamboy"]);
});

test("the add-a-film box suggests films as one types, and adds the one chosen", async ({ page }) => {
  await register(page, uniqueUsername("suggest"), PASSWORD);
  await startList(page, "Picked from suggestions");
  const box = page.getByRole("combobox", { name: "Film title" });
  await box.fill("roujin");
  const suggestion = page
    .getByRole("main")
    .getByRole("listbox")
    .getByRole("option", { name: /^Roujin Z/ });
  await expect(suggestion).toBeVisible();
  await box.press("ArrowDown");
  await expect(suggestion).toHaveAttribute("aria-selected", "true");
  await box.press("Enter");
  await expect(box).toHaveValue("Roujin Z");
  // The pick is posted by its slug, so that films sharing a title are told apart; typing unpicks it.
  const picked = page.locator('input[type="hidden"][name="filmSlug"]');
  await expect(picked).toHaveValue("roujin-z");
  await box.press("Backspace");
  await expect(picked).toHaveCount(0);
  await box.press("z");
  await page.getByRole("button", { name: "Add film" }).click();
  await expect(page.getByRole("main").getByRole("status").filter({ hasText: "Added Roujin Z" })).toBeVisible();
  await expect(box).toHaveValue("");
});

test("one Enter in the add-a-film box adds the title typed, while suggestions are open", async ({ page }) => {
  await register(page, uniqueUsername("enter"), PASSWORD);
  await startList(page, "Added with Enter");
  const box = page.getByRole("combobox", { name: "Film title" });
  await expect(box).toHaveAttribute("type", "text");
  await box.fill("roujin z");
  await expect(page.getByRole("main").getByRole("listbox").getByRole("option").first()).toBeVisible();
  await expect(box).not.toHaveAttribute("aria-activedescendant");
  await box.press("Enter");
  await expect(page.getByRole("main").getByRole("status").filter({ hasText: "Added Roujin Z" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Films" }).getByRole("listitem")).toHaveText([/Roujin Z/]);
});

test("a misspelt title is answered with the films search finds, one of which is added when pressed", async ({
  page,
}) => {
  await register(page, uniqueUsername("typo"), PASSWORD);
  await startList(page, "Spelt wrong");
  await addMisspeltMemories(page);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a misspelt title is answered with the films search finds, one of which is added when pressed", async ({
    page,
  }) => {
    await register(page, uniqueUsername("nojs-typo"), PASSWORD);
    await startList(page, "Spelt wrong by hand");
    await addMisspeltMemories(page);
  });

  test("a film is added by its typed title", async ({ page }) => {
    await register(page, uniqueUsername("nojs-list"), PASSWORD);
    await startList(page, "Typed by hand");
    await page.getByLabel("Film title").fill("steamboy");
    await page.getByRole("button", { name: "Add film" }).click();
    await expect(page.getByRole("region", { name: "Films" }).getByRole("listitem")).toHaveText([/Steamboy/]);
  });
});

test("a long list is paged, and a film moved across a page break is shown where it lands", async ({ page }) => {
  await register(page, uniqueUsername("pages"), PASSWORD);
  await startListOfThree(page, "Four films");
  await addFilm(page, "Neo-Tokyo");
  await page.reload();
  await expect(page.getByText("a list of 4 items by")).toBeVisible();
  await expect(page.getByText("Showing 1–3 of 4 films.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Neo-Tokyo" })).toHaveCount(0);

  await page.getByRole("navigation", { name: "Pages of this list" }).getByRole("link", { name: "Next" }).click();
  await expect(page).toHaveURL(/\?page=2$/);
  await expect(page).toHaveTitle(/^Four films, page 2/);
  await expect(page.getByText("Showing 4–4 of 4 films.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Move Neo-Tokyo down" })).toBeDisabled();

  await page.getByRole("button", { name: "Move Neo-Tokyo up" }).click();
  await expect(page.getByRole("status").filter({ hasText: "moved" })).toHaveText(
    "Neo-Tokyo moved up, now number 3 of 4.",
  );
  expect(new URL(page.url()).searchParams.has("page")).toBe(false);
  await expect(page.getByRole("link", { name: "Neo-Tokyo" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Roujin Z" })).toHaveCount(0);
});

/** Types "Memries" into a list's empty "Add film" box, is offered Memories, and adds it. */
async function addMisspeltMemories(page: Page) {
  const box = page.getByLabel("Film title");
  await box.fill("Memries");
  await page.getByRole("button", { name: "Add film" }).click();
  const question = "No film is titled “Memries”. Did you mean one of these?";
  await expect(box).toHaveAccessibleDescription(/No film is titled “Memries”\. Did you mean one of these\?$/);
  await expect(box).toHaveValue("Memries");
  await expect(page.getByRole("region", { name: "Films" }).getByRole("listitem")).toHaveCount(0);
  await page.getByRole("group", { name: question }).getByRole("button", { name: "Add Memories (1995)" }).click();
  await expect(page.getByRole("main").getByRole("status").filter({ hasText: "Added Memories" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Films" }).getByRole("listitem")).toHaveText([/Memories/]);
}
