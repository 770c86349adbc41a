import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { register, uniqueUsername } from "./support/accounts";
import { startList, startListOfThree } from "./support/lists";

const PASSWORD = "a long list password 1995";

const films = (page: Page) =>
  page.getByRole("region", { name: "Films" }).getByRole("list").first().getByRole("listitem");
const moveButton = (page: Page, film: string, direction: "up" | "down") =>
  page.getByRole("button", { name: `Move ${film} ${direction}` });

/** Tabs through the page, as a keyboard user does, until `target` has the focus. */
async function tabTo(page: Page, target: Locator) {
  for (let presses = 0; presses < 80; presses += 1) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error("Tabbing never reached the control");
}

test("moving a film keeps the focus on its move control, or on the other one at an end", async ({ page }) => {
  // Registration, three films added and four moves, each a round trip, on two shared cores.
  test.slow();
  await register(page, uniqueUsername("keys"), PASSWORD);
  await startListOfThree(page, "Moved by keyboard", "PRIVATE");
  await page.reload();

  await tabTo(page, moveButton(page, "Akira", "down"));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "moved" })).toHaveText(
    "Akira moved down, now number 2 of 3.",
  );
  await expect(films(page)).toHaveText([/Steamboy/, /Akira/, /Roujin Z/]);
  await expect(moveButton(page, "Akira", "down")).toBeFocused();

  // At the bottom, "Move down" is disabled: the focus goes to the film's "Move up".
  await page.keyboard.press("Space");
  await expect(page.getByRole("status").filter({ hasText: "moved" })).toHaveText(
    "Akira moved down, now number 3 of 3.",
  );
  await expect(moveButton(page, "Akira", "down")).toBeDisabled();
  await expect(moveButton(page, "Akira", "up")).toBeFocused();

  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "moved" })).toHaveText("Akira moved up, now number 2 of 3.");
  await expect(moveButton(page, "Akira", "up")).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "moved" })).toHaveText("Akira moved up, now number 1 of 3.");
  await expect(moveButton(page, "Akira", "down")).toBeFocused();
  await expect(films(page)).toHaveText([/Akira/, /Steamboy/, /Roujin Z/]);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the page after a move opens on the moved film, its move control focused", async ({ page }) => {
    // Registration, four films added and three moves, each a whole page load.
    test.slow();
    await register(page, uniqueUsername("nojs-keys"), PASSWORD);
    await startList(page, "Moved without scripts", "PRIVATE");
    for (const [count, film] of ["Akira", "Steamboy", "Roujin Z", "Neo-Tokyo"].entries()) {
      await page.getByLabel("Film title").fill(film);
      await page.getByRole("button", { name: "Add film" }).click();
      await expect(page.getByText(`a list of ${count + 1} item`)).toBeVisible();
    }
    await page.goto(`${new URL(page.url()).pathname}?page=2`);

    // The first film of page 2 moves up onto page 1.
    await tabTo(page, moveButton(page, "Neo-Tokyo", "up"));
    await page.keyboard.press("Enter");
    await expect(page.getByText("Neo-Tokyo moved up, now number 3 of 4.")).toBeAttached();
    expect(new URL(page.url()).searchParams.has("page")).toBe(false);
    await expect(moveButton(page, "Neo-Tokyo", "up")).toBeFocused();
    await expect(films(page).filter({ hasText: "Neo-Tokyo" })).toBeInViewport();

    await page.keyboard.press("Space");
    await expect(page.getByText("Neo-Tokyo moved up, now number 2 of 4.")).toBeAttached();
    await expect(moveButton(page, "Neo-Tokyo", "up")).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.getByText("Neo-Tokyo moved up, now number 1 of 4.")).toBeAttached();
    await expect(moveButton(page, "Neo-Tokyo", "down")).toBeFocused();
    await expect(films(page)).toHaveText([/Neo-Tokyo/, /Akira/, /Steamboy/]);
  });
});
