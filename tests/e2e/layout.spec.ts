import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { register, uniqueUsername } from "./support/accounts";
import { main, signedInPage } from "./support/cached-pages";

const PHONE = { width: 390, height: 844 };

const header = (page: Page) => page.locator("body > header");
const menuToggle = (page: Page) => header(page).locator("summary");
const mainNav = (page: Page) => page.getByRole("navigation", { name: "Main" });

async function box(locator: Locator) {
  const found = await locator.boundingBox();
  if (!found) throw new Error(`${locator.toString()} has no box`);
  return found;
}

/** Where an element starts, from the top of the page (the page is not scrolled when asked). */
const topOf = async (locator: Locator) => (await box(locator)).y;

/**
 * The header is one row: everything it shows sits side by side, each overlapping the others
 * vertically, and the header is less than two of its tallest items high.
 */
async function expectOneRow(page: Page, items: Locator[]) {
  const boxes = await Promise.all(items.map(box));
  const tallest = Math.max(...boxes.map((item) => item.height));
  for (const item of boxes) {
    for (const other of boxes) expect(item.y).toBeLessThan(other.y + other.height);
  }
  expect((await box(header(page))).height).toBeLessThan(2 * tallest);
}

/** The page is no wider than the screen: whatever is wide scrolls inside itself. */
async function expectNoSidewaysScroll(page: Page) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth, `${page.url()} is no wider than the screen`).toBeLessThanOrEqual(innerWidth);
}

test.describe("on a phone", () => {
  test.use({ viewport: PHONE });

  test("a film page shows its poster and release dates right under the title", async ({ page }) => {
    await page.goto("/films/memories");
    const poster = main(page).getByRole("heading", { name: "Poster" });
    const firstRelease = main(page).getByRole("region", { name: "General Information" }).locator("time").first();
    const description = main(page).getByRole("heading", { name: "Description" });
    await expect(firstRelease).toBeVisible();
    for (const fact of [poster, firstRelease]) {
      const top = await topOf(fact);
      expect(top).toBeLessThan(1.5 * PHONE.height);
      expect(top).toBeLessThan(await topOf(description));
    }
    // Placed by the grid, not rendered twice.
    await expect(main(page).getByRole("region", { name: "Poster" })).toHaveCount(1);
    await expect(main(page).getByRole("region", { name: "General Information" })).toHaveCount(1);
  });

  test("/films shows films on the first screen, with the filters folded away until asked for", async ({ page }) => {
    await page.goto("/films");
    const filters = main(page).getByRole("form", { name: "Filter films" });
    const firstFilm = main(page).getByRole("list", { name: "Films" }).getByRole("link").first();
    await expect(firstFilm).toBeInViewport();
    expect((await box(firstFilm)).y).toBeLessThan(PHONE.height);
    await expect(filters).toBeHidden();

    await main(page).locator("summary", { hasText: "Filter films" }).click();
    await expect(filters).toBeVisible();
    await filters.getByLabel("Format").selectOption({ label: "Film" });
    await filters.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/\/films\?format=FILM&/);
    await expect(main(page).getByRole("region", { name: "Filtered by:" })).toContainText("Film");
  });

  test("the header is one row, its links behind a menu that opens by click and by keyboard", async ({ page }) => {
    await page.goto("/films");
    await expectOneRow(page, [
      header(page).getByRole("link", { name: "Keyframe" }),
      header(page).getByRole("link", { name: "Search" }),
      menuToggle(page),
    ]);
    await expect(mainNav(page)).toBeHidden();

    await menuToggle(page).click();
    await expect(mainNav(page).getByRole("link", { name: "Genres" })).toBeVisible();
    await expect(
      page.getByRole("navigation", { name: "Account", exact: true }).getByRole("link", { name: "Sign in" }),
    ).toBeVisible();
    await mainNav(page).getByRole("link", { name: "Genres" }).click();
    await expect(page).toHaveURL("/genres");
    // Followed by the client router, the header stays: the menu closes behind the link.
    await expect(mainNav(page)).toBeHidden();

    // By keyboard from the top of the page: skip link, logo, search, then the menu.
    await page.goto("/films");
    for (let presses = 0; presses < 6; presses++) {
      if (await menuToggle(page).evaluate((toggle) => toggle === document.activeElement)) break;
      await page.keyboard.press("Tab");
    }
    await expect(menuToggle(page)).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(mainNav(page).getByRole("link", { name: "Films" })).toBeVisible();
    await page.keyboard.press("Tab");
    await expect(mainNav(page).getByRole("link", { name: "Films" })).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(mainNav(page)).toBeHidden();
    await expect(menuToggle(page)).toBeFocused();
    await page.keyboard.press("Space");
    await expect(mainNav(page)).toBeVisible();
  });

  test("without JavaScript the menu still opens", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE });
    const page = await context.newPage();
    await page.goto("/films/memories");
    await expect(mainNav(page)).toBeHidden();
    await menuToggle(page).click();
    await expect(mainNav(page).getByRole("link", { name: "Characters" })).toBeVisible();
    await expect(
      page.getByRole("navigation", { name: "Account", exact: true }).getByRole("link", { name: "Your account" }),
    ).toBeVisible();
    await context.close();
  });
});

test("pages with wide tables stay as wide as the screen, the tables scrolling by keyboard", async ({ browser }) => {
  // Signed in at the default width, where the header names the reader.
  const page = await signedInPage(browser, "admin");
  await page.setViewportSize(PHONE);
  await page.goto("/films/memories/history");
  await expectNoSidewaysScroll(page);
  const revisions = main(page).getByRole("region", { name: "Revisions, newest first" });
  await revisions.focus();
  await expect(revisions).toBeFocused();
  // A key pressed while the page still lays out its fonts may scroll nothing; the next one must.
  await expect(async () => {
    await page.keyboard.press("ArrowRight");
    expect(await revisions.evaluate((region) => region.scrollLeft)).toBeGreaterThan(0);
  }).toPass({ timeout: 10_000 });

  await main(page).getByRole("button", { name: "Compare selected revisions" }).click();
  await expect(page).toHaveURL(/\/history\/compare\?/);
  await expectNoSidewaysScroll(page);
  for (const path of ["/recent-changes", "/moderation", "/admin/users", "/users/editor/submissions"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoSidewaysScroll(page);
  }
  await page.context().close();
});

for (const width of [1280, 1440]) {
  test(`at ${width} px the header is one row, staff links and a long name included`, async ({ browser }) => {
    test.setTimeout(60_000);
    const admin = await signedInPage(browser, "admin");
    const named = await (await browser.newContext()).newPage();
    const username = uniqueUsername("wide");
    await register(named, username, "a long and unusual passphrase");
    await named.goto("/account");
    await named.getByLabel("Display name").fill(`Wilhelmina ${"W".repeat(36)} ${username}`);
    await named.getByRole("button", { name: "Save" }).click();
    await expect(main(named).getByRole("status")).toContainText("Your display name is now");

    for (const page of [admin, named]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto("/films");
      await expect(menuToggle(page)).toBeHidden();
      await expect(header(page).getByRole("link", { name: "Search" })).toBeHidden();
      const account = page.getByRole("navigation", { name: "Account", exact: true });
      await expect(account.getByRole("button", { name: "Sign out" })).toBeVisible();
      if (page === admin) await expect(mainNav(page).getByRole("link", { name: "Users" })).toBeVisible();
      await expectOneRow(page, [
        header(page).getByRole("link", { name: "Keyframe" }),
        mainNav(page),
        page.getByRole("search", { name: "Site search" }),
        account,
      ]);
      await expectNoSidewaysScroll(page);
      await page.context().close();
    }
  });
}

test("at 1280 px the filters of /films are shown without asking", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto("/films");
  await expect(main(page).getByRole("form", { name: "Filter films" })).toBeVisible();
  await expect(main(page).locator("summary", { hasText: "Filter films" })).toBeHidden();
});

test.describe("a new display name", () => {
  test("is in the header as soon as it is saved, and on the next page", async ({ page }) => {
    await register(page, uniqueUsername("renamed"), "a long and unusual passphrase");
    await page.goto("/account");
    const newName = `Renamed ${uniqueUsername("r").slice(2)}`;
    await page.getByLabel("Display name").fill(newName);
    await page.getByRole("button", { name: "Save" }).click();
    await expect(main(page).getByRole("status")).toHaveText(`Your display name is now ${newName}.`);
    const account = page.getByRole("navigation", { name: "Account", exact: true });
    await expect(account.getByRole("link", { name: newName })).toBeVisible();

    await page.goto("/films/memories");
    await expect(account.getByRole("link", { name: newName })).toBeVisible();
  });

  test("without JavaScript, is on the page that answers the form", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await register(page, uniqueUsername("plain"), "a long and unusual passphrase");
    await page.goto("/account");
    const newName = `Plain ${uniqueUsername("p").slice(2)}`;
    await page.getByLabel("Display name").fill(newName);
    await page.getByRole("button", { name: "Save" }).click();
    await expect(main(page).getByRole("status")).toHaveText(`Your display name is now ${newName}.`);
    await expect(
      main(page).getByRole("navigation", { name: "Your account" }).getByRole("link", { name: newName }),
    ).toBeVisible();
    await context.close();
  });
});

test("the Lists page marks the order it shows", async ({ page }) => {
  await page.goto("/lists");
  const orders = main(page).getByRole("navigation", { name: "Sort order" });
  const mostLiked = orders.getByRole("link", { name: "Most liked" });
  const newest = orders.getByRole("link", { name: "Newest" });
  await expect(mostLiked).toHaveAttribute("aria-current", "page");
  await expect(newest).not.toHaveAttribute("aria-current");
  await expect(mostLiked).toHaveCSS("font-weight", "600");
  await expect(newest).toHaveCSS("font-weight", "400");

  await newest.click();
  await expect(page).toHaveURL("/lists?sort=recent&page=1");
  await expect(newest).toHaveAttribute("aria-current", "page");
  await expect(mostLiked).not.toHaveAttribute("aria-current");
  await expect(newest).toHaveCSS("font-weight", "600");
});
