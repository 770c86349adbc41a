import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { register, uniqueUsername } from "./support/accounts";
import { main, newFilm, readCached } from "./support/cached-pages";

const PASSWORD = "a long list password 1995";

const topLists = (page: Page) => page.getByRole("region", { name: "Top Rated Lists" });

/** Fills in the new-list page, which says it starts with `filmTitle`, and creates the list. */
async function createListStartingWith(
  page: Page,
  filmTitle: string,
  listTitle: string,
  visibility: "PUBLIC" | "PRIVATE" = "PUBLIC",
) {
  await expect(page).toHaveURL(/\/lists\/new\?film=\d+$/);
  await expect(main(page)).toContainText(`The list will start with ${filmTitle}`);
  await page.getByLabel("Title").fill(listTitle);
  await page.getByLabel("Who can see it").selectOption(visibility);
  await page.getByRole("button", { name: "Create list" }).click();
}

test("Start a list on a film's page makes a list holding the film, and comes back to the film", async ({
  page,
  browser,
}) => {
  const film = await newFilm(browser);
  await readCached(page, film.path);
  await register(page, uniqueUsername("starter"), PASSWORD);
  const listTitle = `Started from the film ${randomUUID().slice(0, 6)}`;

  await page.goto(film.path);
  await main(page).getByRole("link", { name: "Start a list" }).click();
  await createListStartingWith(page, film.title, listTitle);

  await expect(page).toHaveURL(new RegExp(`${film.path}\\?list-started=\\d+#list-started$`));
  const message = main(page).getByRole("status").filter({ hasText: "starts with this film" });
  await expect(message).toHaveText(`Your new list ${listTitle} starts with this film.`);
  await expect(message).toBeFocused();
  // The cached page was expired: its Top Rated Lists shows the new public list.
  await expect(topLists(page).getByRole("listitem").getByRole("link", { name: listTitle })).toBeVisible();

  // Now with a list of their own, the reader can still start another one from here.
  await expect(main(page).getByLabel("Add to list")).toBeVisible();
  await expect(main(page).getByRole("link", { name: "start a new list" })).toBeVisible();

  await message.getByRole("link", { name: listTitle }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(listTitle);
  await expect(page.getByRole("region", { name: "Films" }).getByRole("list").first().getByRole("listitem")).toHaveText([
    new RegExp(film.title),
  ]);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a list started from the film's add-to-list page holds the film, back on the film's page", async ({ page }) => {
    await register(page, uniqueUsername("nojs-starter"), PASSWORD);
    const listTitle = `Started without scripts ${randomUUID().slice(0, 6)}`;
    await page.goto("/films/roujin-z");
    await main(page).getByRole("link", { name: "Add this film to one of your lists" }).click();
    await main(page).getByRole("link", { name: "Start a list" }).click();
    // Private, so that Roujin Z's Top Rated Lists, which hold five, stay as other tests read them.
    await createListStartingWith(page, "Roujin Z", listTitle, "PRIVATE");

    await expect(page).toHaveURL(/\/films\/roujin-z\?list-started=\d+#list-started$/);
    // Playwright's text search skips <noscript>, where this message is; its id is the fragment's.
    await expect(page.locator("#list-started")).toBeVisible();
    await expect(page.locator("#list-started")).toHaveText("Your new list starts with this film.");
    await main(page).getByRole("link", { name: "Add this film to one of your lists" }).click();
    await expect(page.getByRole("option", { name: `${listTitle} (already on it)` })).toBeAttached();
  });
});
