import { expect, type Page } from "@playwright/test";

/**
 * A new, empty list, left open on its page. A private one shows on no film's Top Rated Lists, which
 * hold five lists and which other tests read.
 */
export async function startList(page: Page, title: string, visibility: "PUBLIC" | "PRIVATE" = "PUBLIC") {
  await page.goto("/lists/new");
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Who can see it").selectOption(visibility);
  await page.getByRole("button", { name: "Create list" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
}

/** Adds `film` by its title from the list page's box, as the suggestions would, and waits for the answer. */
export async function addFilm(page: Page, film: string) {
  await page.getByRole("combobox", { name: "Film title" }).fill(film);
  await page.getByRole("button", { name: "Add film" }).click();
  await expect(
    page
      .getByRole("main")
      .getByRole("status")
      .filter({ hasText: `Added ${film}` }),
  ).toBeVisible();
}

/** A new list holding Akira, Steamboy and Roujin Z, in that order, left open on its page. */
export async function startListOfThree(page: Page, title: string, visibility: "PUBLIC" | "PRIVATE" = "PUBLIC") {
  await startList(page, title, visibility);
  for (const film of ["Akira", "Steamboy", "Roujin Z"]) await addFilm(page, film);
}
