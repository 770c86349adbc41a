import type { Browser, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { formAlert, register, uniqueUsername } from "./support/accounts";

const PASSWORD = "a long list password 1995";

/**
 * A new owner with a public list of two films, left open on the list's page. A film page shows only
 * its five most liked lists, so these are films whose Top Rated Lists no other test reads.
 */
async function ownerWithList(browser: Browser, options: { javaScriptEnabled?: boolean } = {}) {
  const owner = await (await browser.newContext(options)).newPage();
  await register(owner, uniqueUsername("refused"), PASSWORD);
  await owner.goto("/lists/new");
  await owner.getByLabel("Title").fill("Going away");
  await owner.getByRole("button", { name: "Create list" }).click();
  await expect(owner).toHaveURL(/\/lists\/\d+$/);
  for (const film of ["Cowboy Bebop", "Lost Universe"]) {
    await owner.getByLabel("Film title").fill(film);
    await owner.getByRole("button", { name: "Add film" }).click();
    await expect(owner.getByRole("region", { name: "Films" }).getByRole("link", { name: film })).toBeVisible();
  }
  return { owner, listPath: new URL(owner.url()).pathname };
}

/** The same person in a second tab deletes the list. */
async function deleteInAnotherTab(owner: Page, listPath: string) {
  const other = await owner.context().newPage();
  await other.goto(`${listPath}/delete`);
  await other.getByRole("button", { name: "Delete list" }).click();
  await expect(other).toHaveURL(/\/users\//);
  await other.close();
}

test("buttons on a list deleted meanwhile lead to the lists page, which says so", async ({ browser }) => {
  const { owner, listPath } = await ownerWithList(browser);
  const mover = await owner.context().newPage();
  await mover.goto(listPath);
  const confirm = await owner.context().newPage();
  await confirm.goto(`${listPath}/delete`);
  const fan = await (await browser.newContext()).newPage();
  await register(fan, uniqueUsername("late-fan"), PASSWORD);
  await fan.goto(listPath);

  await deleteInAnotherTab(owner, listPath);

  const pressed = [
    [mover, "Move Cowboy Bebop down"],
    [owner, "Remove Lost Universe"],
    [fan, "Like"],
    [confirm, "Delete list"],
  ] as const;
  for (const [page, button] of pressed) {
    await page.getByRole("button", { name: button, exact: true }).click();
    await expect(page).toHaveURL(/\/lists\?refused=list-gone$/);
    await expect(formAlert(page)).toHaveText("This list no longer exists.");
  }
});

test("moving a film removed meanwhile shows the list as it is, saying so", async ({ browser }) => {
  const { owner, listPath } = await ownerWithList(browser);
  await removeFirstFilmInAnotherTab(owner, listPath);

  await owner.getByRole("button", { name: "Move Cowboy Bebop down" }).click();
  await expect(formAlert(owner)).toHaveText("That film is no longer on this list.");
  await expect(owner.getByRole("region", { name: "Films" }).getByRole("listitem")).toHaveText([/Lost Universe/]);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a refused move or delete says why", async ({ browser }) => {
    const { owner, listPath } = await ownerWithList(browser, { javaScriptEnabled: false });
    await removeFirstFilmInAnotherTab(owner, listPath);
    await owner.getByRole("button", { name: "Move Cowboy Bebop down" }).click();
    await expect(formAlert(owner)).toHaveText("That film is no longer on this list.");
    await expect(owner.getByRole("heading", { level: 1 })).toHaveText("Going away");

    await owner.goto(`${listPath}/delete`);
    await deleteInAnotherTab(owner, listPath);
    await owner.getByRole("button", { name: "Delete list" }).click();
    await expect(formAlert(owner)).toHaveText("This list no longer exists.");
  });
});

async function removeFirstFilmInAnotherTab(owner: Page, listPath: string) {
  const other = await owner.context().newPage();
  await other.goto(listPath);
  await other.getByRole("button", { name: "Remove Cowboy Bebop" }).click();
  await expect(other.getByRole("region", { name: "Films" }).getByRole("link", { name: "Cowboy Bebop" })).toHaveCount(0);
  await other.close();
}
