import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { DEV_PASSWORD, errorSummary, signIn } from "./support/accounts";
import { main, newFilm, signedInPage } from "./support/cached-pages";

const credit = (page: Page, number: number) => page.getByRole("group", { name: `Credit ${number}`, exact: true });
const credits = (page: Page) => page.getByRole("group", { name: /^Credit \d+$/ });
const person = (page: Page, number: number) => credit(page, number).getByLabel("Person", { exact: true });

/** Presses Tab (or Shift+Tab) until `target` has focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator, key: "Tab" | "Shift+Tab" = "Tab") {
  for (let presses = 0; presses < 300; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`${key} never reached ${target.toString()}`);
}

test("a keyboard-only editor adds rows, fills two credits, moves one up and saves them in that order", async ({
  browser,
}) => {
  const film = await newFilm(browser);
  const page = await signedInPage(browser, "editor");
  await page.goto(film.path);
  await tabTo(page, page.getByRole("link", { name: `Add a credit to ${film.title}` }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(`${film.path}/edit/credits#credits-new`);

  // The form opens with the cursor in its first empty row.
  await expect(person(page, 1)).toBeFocused();
  await page.keyboard.type("katsuhiro-otomo");
  await tabTo(page, credit(page, 1).getByLabel("Role"));
  await page.keyboard.type("Director");
  await expect(credit(page, 1).getByLabel("Role")).toHaveValue("Director");

  const empty = await credits(page).count();
  await tabTo(page, page.getByLabel("Rows to add"));
  await page.keyboard.type("5");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Add credit rows" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(credits(page)).toHaveCount(empty + 5);
  // The cursor goes to the first new row.
  const added = empty + 1;
  await expect(person(page, added)).toBeFocused();
  await page.keyboard.type("satoshi-kon");
  await tabTo(page, credit(page, added).getByLabel("Role"));
  await page.keyboard.type("Writer");

  // Back to the row's Move up, pressed until the credit is first; focus stays on the button it pressed.
  await tabTo(page, credit(page, added).getByRole("button", { name: "Move up" }), "Shift+Tab");
  for (let place = added - 1; place >= 1; place -= 1) {
    await page.keyboard.press("Enter");
    await expect(credit(page, place).getByRole("button", { name: "Move up" })).toBeFocused();
    await expect(main(page).getByText(`Credit ${place + 1} moved to position ${place}.`)).toBeAttached();
  }
  await expect(person(page, 1)).toHaveValue("satoshi-kon");
  await expect(credit(page, 1).getByLabel("Role")).toHaveValue("Writer");
  await expect(person(page, 2)).toHaveValue("katsuhiro-otomo");
  // At the top, Move up does nothing and keeps focus.
  await page.keyboard.press("Enter");
  await expect(credit(page, 1).getByRole("button", { name: "Move up" })).toBeFocused();
  await expect(person(page, 1)).toHaveValue("satoshi-kon");

  await tabTo(page, page.getByLabel("Edit summary"));
  await page.keyboard.type("Writer before director");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/submissions\/\d+\?saved=1$/);
  const shown = await main(page).innerText();
  const writer = shown.indexOf("Satoshi Kon — Writer");
  const director = shown.indexOf("Katsuhiro Otomo — Director");
  expect(writer).toBeGreaterThanOrEqual(0);
  expect(director).toBeGreaterThan(writer);
});

test("“Add a credit” on a film with credits opens the form with the cursor in the empty row", async ({ browser }) => {
  const page = await signedInPage(browser, "editor");
  await page.goto("/films/memories");
  await page.getByRole("link", { name: "Add a credit to Memories" }).click();
  await expect(page).toHaveURL("/films/memories/edit/credits#credits-new");
  const rows = await credits(page).count();
  await expect(person(page, rows)).toBeFocused();
  await expect(person(page, rows)).toHaveValue("");
  await expect(person(page, rows)).toBeInViewport();
  // Only the last row is empty.
  await expect(person(page, rows - 1)).not.toHaveValue("");
});

test("dragging a credit onto another moves it there, and a drag to nowhere changes nothing", async ({ browser }) => {
  const page = await signedInPage(browser, "editor");
  await page.goto("/films/memories/edit/credits");
  const [first, second] = [await person(page, 1).inputValue(), await person(page, 2).inputValue()];
  expect(first).not.toBe(second);

  await credit(page, 2).getByTitle("Drag to move this credit").dragTo(credit(page, 1));
  await expect(person(page, 1)).toHaveValue(second);
  await expect(person(page, 2)).toHaveValue(first);

  await credit(page, 1)
    .getByTitle("Drag to move this credit")
    .dragTo(page.getByRole("heading", { level: 1 }));
  await expect(person(page, 1)).toHaveValue(second);
  await expect(person(page, 2)).toHaveValue(first);
});

test("a character gets another voice row, with the cursor in it, and characters move like credits", async ({
  browser,
}) => {
  const film = await newFilm(browser);
  const page = await signedInPage(browser, "editor");
  await page.goto(`${film.path}/edit/characters`);
  const character = (number: number) => page.getByRole("group", { name: `Character ${number}`, exact: true });
  const voices = character(1).getByRole("group", { name: /^Voice \d+$/ });
  await expect(voices).toHaveCount(1);
  await character(1).getByRole("button", { name: "Add another voice actor" }).click();
  await expect(voices).toHaveCount(2);
  await expect(voices.nth(1).getByLabel("Person", { exact: true })).toBeFocused();

  await character(2).getByLabel("Character", { exact: true }).fill("kaneda");
  await character(2).getByRole("button", { name: "Move up" }).click();
  await expect(character(1).getByLabel("Character", { exact: true })).toHaveValue("kaneda");
  await expect(character(1).getByRole("button", { name: "Move up" })).toBeFocused();
  // The voice rows travel with their character, renamed for its new place.
  await expect(character(2).getByRole("group", { name: /^Voice \d+$/ })).toHaveCount(2);
  await expect(
    character(2).getByRole("group", { name: "Voice 2" }).getByLabel("Person", { exact: true }),
  ).toHaveAttribute("name", "characters.1.voices.1.person");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("“Add credit rows” brings the form back with more empty rows, keeping what was typed and saving nothing", async ({
    page,
  }) => {
    // Nothing is saved, so Memories is left as other tests expect it.
    await page.goto("/sign-in");
    await signIn(page, "editor", DEV_PASSWORD);
    await expect(page).toHaveURL("/");
    await page.goto("/films/memories/edit/credits");
    // Without JavaScript rows are ordered by number, or by Move buttons that post the form back.
    await expect(credit(page, 1).getByLabel("Order")).toHaveValue("1");
    await expect(credit(page, 1).getByTitle(/^Drag/)).toHaveCount(0);

    const rows = await credits(page).count();
    await person(page, 1).fill("satoshi-kon");
    // A row with a role and no person would be refused by a save, but asking for rows checks nothing.
    await credit(page, rows).getByLabel("Role").selectOption("Director");
    await page.getByLabel("Edit summary").fill("Kept while rows are added");
    await page.getByLabel("Rows to add").selectOption("5");
    await page.getByRole("button", { name: "Add credit rows" }).click();

    // The rows kept, the one empty row below them, and the five asked for.
    await expect(credits(page)).toHaveCount(rows + 1 + 5);
    // The page comes back at the first of the new rows.
    await expect(page).toHaveURL("/films/memories/edit/credits#credits-new");
    await expect(person(page, rows + 1)).toBeInViewport();
    // Without JavaScript the picker is a text box showing a known person's name.
    await expect(person(page, 1)).toHaveValue("Satoshi Kon");
    await expect(credit(page, rows).getByLabel("Role")).toHaveValue("Director");
    await expect(person(page, rows + 1)).toHaveValue("");
    await expect(page.getByLabel("Edit summary")).toHaveValue("Kept while rows are added");
    await expect(errorSummary(page)).toHaveCount(0);
    await expect(main(page).getByRole("alert")).toHaveCount(0);

    // Move up posts the form back with the row one place up, still saving nothing.
    await credit(page, rows).getByRole("button", { name: "Move up" }).click();
    await expect(credit(page, rows - 1).getByLabel("Role")).toHaveValue("Director");
    await expect(person(page, rows - 1)).toHaveValue("");
    await expect(person(page, rows)).not.toHaveValue("");
    await expect(page.getByLabel("Edit summary")).toHaveValue("Kept while rows are added");
    await expect(errorSummary(page)).toHaveCount(0);

    // Enter in a field still saves, rather than pressing the first of the buttons that arrange rows.
    await page.getByLabel("Edit summary").press("Enter");
    await expect(errorSummary(page)).toContainText("Choose a person, or clear the row to remove the credit.");
  });
});
