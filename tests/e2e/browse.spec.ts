import { randomUUID } from "node:crypto";
import type { Browser, Page, TestInfo } from "@playwright/test";
import { expect, test } from "./fixtures";
import { DEV_PASSWORD, signIn } from "./support/accounts";
import { expectNoAxeViolations } from "./support/axe";

// The server pages at five (BROWSE_PAGE_SIZE in playwright.config.ts). The genre and franchise
// are new on every run and go on films no other spec edits, so nothing here moves their content.
const GENRE = `Browse genre ${randomUUID().slice(0, 8)}`;
const GENRE_SLUG = GENRE.toLowerCase().replaceAll(" ", "-");
const FRANCHISE = `Browse franchise ${randomUUID().slice(0, 8)}`;
const GENRE_FILMS = ["Cowboy Bebop", "Darker than Black", "Wolf's Rain"];

const main = (page: Page) => page.getByRole("main");
const filmLinks = (page: Page) => main(page).getByRole("list", { name: "Films" }).getByRole("link");

/** An admin's edit applies at once, so the films carry the genre and franchise before any test runs. */
async function tagFilms(browser: Browser, testInfo: TestInfo) {
  const page = await browser.newPage({ baseURL: testInfo.project.use.baseURL });
  await page.goto("/sign-in");
  await signIn(page, "admin", DEV_PASSWORD);
  await page.getByRole("navigation", { name: "Account" }).getByRole("button", { name: "Sign out" }).waitFor();
  const save = async (summary: string) => {
    await page.getByLabel("Edit summary").fill(summary);
    await page.getByRole("button", { name: "Save Changes" }).click();
    await expect(page).toHaveURL(/\/submissions\/\d+\?saved=1$/);
  };
  for (const slug of ["cowboy-bebop", "darker-than-black", "wolfs-rain"]) {
    await page.goto(`/films/${slug}/edit/genres`);
    await page.getByLabel("New genre 1").fill(GENRE);
    await save("Add a genre for browsing");
  }
  await page.goto("/films/wolfs-rain/edit/franchise");
  await page.getByLabel("Franchise").fill(FRANCHISE);
  await save("Add a franchise for browsing");
  await page.close();
}

test.describe("browsing", () => {
  test.describe.configure({ mode: "serial" });
  test.beforeAll(async ({ browser }, testInfo) => tagFilms(browser, testInfo));

  test("a visitor browses a genre, sorts it, narrows it A–Z and opens a film", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Genres" }).click();
    await expect(page).toHaveURL("/genres");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Genres");
    const genre = main(page).getByRole("listitem").filter({ hasText: GENRE });
    await expect(genre).toHaveText(`${GENRE} (3 films)`);
    await expectNoAxeViolations(page);

    await genre.getByRole("link", { name: GENRE }).click();
    await expect(page).toHaveURL(`/genres/${GENRE_SLUG}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(GENRE);
    await expect(page).toHaveTitle(`${GENRE} — Keyframe`);
    await expect(filmLinks(page)).toHaveText(GENRE_FILMS);
    await expect(main(page).getByText("Showing 1–3 of 3 films.")).toBeVisible();
    // The genre is the page's own: the form does not offer to change it.
    await expect(main(page).getByRole("form", { name: "Filter films" }).getByLabel("Genre")).toHaveCount(0);
    await expectNoAxeViolations(page);

    await main(page)
      .getByRole("navigation", { name: "Sort order" })
      .getByRole("link", { name: "Newest first" })
      .click();
    await expect(page).toHaveURL(`/genres/${GENRE_SLUG}?sort=newest`);
    await expect(filmLinks(page)).toHaveText(["Darker than Black", "Wolf's Rain", "Cowboy Bebop"]);
    await expect(
      main(page).getByRole("navigation", { name: "Sort order" }).getByRole("link", { name: "Newest first" }),
    ).toHaveAttribute("aria-current", "page");

    await main(page)
      .getByRole("navigation", { name: "First letter" })
      .getByRole("link", { name: "W", exact: true })
      .click();
    await expect(page).toHaveURL(`/genres/${GENRE_SLUG}?letter=W&sort=newest`);
    await expect(filmLinks(page)).toHaveText(["Wolf's Rain"]);
    const filters = main(page).getByRole("region", { name: "Filtered by:" });
    await expect(filters.getByRole("listitem")).toHaveCount(1);
    await expect(filters.getByRole("listitem")).toContainText("Starts with: W");
    await filters.getByRole("link", { name: "Remove filter Starts with: W" }).click();
    await expect(page).toHaveURL(`/genres/${GENRE_SLUG}?sort=newest`);
    await expect(filmLinks(page)).toHaveCount(3);

    await filmLinks(page).filter({ hasText: "Darker than Black" }).click();
    await expect(page).toHaveURL("/films/darker-than-black");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Darker than Black");
    await page.getByRole("region", { name: "Genres" }).getByRole("link", { name: GENRE }).click();
    await expect(page).toHaveURL(`/genres/${GENRE_SLUG}`);
  });

  test("films page through numbered pages, announced as prev and next", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Films" }).click();
    await expect(page).toHaveURL("/films");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Films");
    await expect(filmLinks(page)).toHaveCount(5);
    await expect(main(page).getByText(/^Showing 1–5 of \d+ films\.$/)).toBeVisible();
    await expect(page.locator('head link[rel="next"]')).toHaveAttribute("href", "/films?page=2");
    await expect(page.locator('head link[rel="prev"]')).toHaveCount(0);
    const pages = main(page).getByRole("navigation", { name: "Pages of films" });
    await expect(pages.getByRole("link", { name: "Page 1", exact: true })).toHaveAttribute("aria-current", "page");
    const firstPage = await filmLinks(page).allTextContents();
    expect(firstPage).toEqual([...firstPage].sort());
    await expectNoAxeViolations(page);

    await pages.getByRole("link", { name: "Next" }).click();
    await expect(page).toHaveURL("/films?page=2");
    await expect(page).toHaveTitle("Films, page 2 — Keyframe");
    await expect(page.locator('head link[rel="prev"]')).toHaveAttribute("href", "/films");
    await expect(page.locator('head link[rel="next"]')).toHaveAttribute("href", "/films?page=3");
    const secondPage = await filmLinks(page).allTextContents();
    // Other specs add films meanwhile, which may shift a title from one page to the next, never back.
    expect(secondPage).toEqual([...secondPage].sort());
    expect(secondPage[0]! >= firstPage.at(-1)!).toBe(true);

    await pages.getByRole("link", { name: "Previous" }).click();
    await expect(page).toHaveURL("/films");
    await expect(pages.getByRole("link", { name: "Page 1", exact: true })).toHaveAttribute("aria-current", "page");
  });

  test("a page past the end, or nonsense in the address, still answers", async ({ page }) => {
    const past = await page.goto("/films?page=150");
    expect(past?.status()).toBe(200);
    await expect(main(page).getByText(/^There is no page 150 of these films: they end on page \d+\.$/)).toBeVisible();
    await main(page)
      .getByRole("link", { name: /^page \d+$/ })
      .click();
    await expect(filmLinks(page).first()).toBeVisible();

    const junk = await page.goto("/films?sort=rating&year=soon&format=MOVIE&letter=%3F&page=-2&genre=no-such-genre");
    expect(junk?.status()).toBe(200);
    await expect(main(page).getByRole("status")).toHaveText(
      "Keyframe has no genre “no-such-genre”, so that filter is left out.",
    );
    await expect(filmLinks(page)).toHaveCount(5);
    await expect(main(page).getByRole("region", { name: "Filtered by:" })).toHaveCount(0);
  });

  test("a franchise's page lists its films, and the film links to it", async ({ page }) => {
    await page.goto("/films/wolfs-rain");
    await page.getByRole("region", { name: "Franchise" }).getByRole("link", { name: FRANCHISE }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(FRANCHISE);
    await expect(filmLinks(page)).toHaveText(["Wolf's Rain"]);
    await page.getByRole("link", { name: "All franchises" }).click();
    await expect(main(page).getByRole("listitem").filter({ hasText: FRANCHISE })).toHaveText(`${FRANCHISE} (1 film)`);
  });

  test("people are browsed A–Z and open on their pages", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "People" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("People");
    await main(page)
      .getByRole("navigation", { name: "First letter" })
      .getByRole("link", { name: "K", exact: true })
      .click();
    await expect(page).toHaveURL("/people?letter=K");
    const people = main(page).getByRole("list", { name: "People" }).getByRole("listitem");
    await expect(people.filter({ hasText: "Katsuhiro Otomo" })).toHaveCount(1);
    for (const name of await people.getByRole("link").allTextContents()) expect(name).toMatch(/^k/i);
    await expectNoAxeViolations(page);
    await people.getByRole("link", { name: "Katsuhiro Otomo" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Katsuhiro Otomo");

    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Characters" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Characters");
    await expect(main(page).getByRole("navigation", { name: "Sort order" })).toBeVisible();
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("films are filtered with the form, filters removed one by one, a film opened", async ({ page }) => {
      await page.goto("/films");
      const form = main(page).getByRole("form", { name: "Filter films" });
      await form.getByLabel("Format").selectOption({ label: "TV series" });
      await form.getByLabel("Genre").selectOption({ label: GENRE });
      await form.getByRole("button", { name: "Apply filters" }).click();
      await expect(page).toHaveURL(new RegExp(`/films\\?format=TV&genre=${GENRE_SLUG}`));
      await expect(filmLinks(page)).toHaveText(GENRE_FILMS);
      const filters = main(page).getByRole("region", { name: "Filtered by:" });
      await expect(filters.getByRole("listitem")).toContainText(["Format: TV series", `Genre: ${GENRE}`]);

      await main(page)
        .getByRole("navigation", { name: "First letter" })
        .getByRole("link", { name: "C", exact: true })
        .click();
      await expect(page).toHaveURL(`/films?letter=C&format=TV&genre=${GENRE_SLUG}`);
      await expect(filmLinks(page)).toHaveText(["Cowboy Bebop"]);

      await filters.getByRole("link", { name: `Remove filter Genre: ${GENRE}` }).click();
      await expect(page).toHaveURL("/films?letter=C&format=TV");
      await expect(filmLinks(page).filter({ hasText: "Canaan" })).toHaveCount(1);
      await filters.getByRole("link", { name: "Clear all" }).click();
      await expect(page).toHaveURL("/films");

      await page.goto(`/genres/${GENRE_SLUG}?sort=oldest`);
      await expect(filmLinks(page)).toHaveText(["Cowboy Bebop", "Wolf's Rain", "Darker than Black"]);
      await filmLinks(page).filter({ hasText: "Cowboy Bebop" }).click();
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Cowboy Bebop");
    });
  });
});

test.describe("unknown genres, themes and franchises", () => {
  test.use({ expectedConsoleErrors: [/status of 404/] });

  test("get a 404 page that leads to the known ones", async ({ page }) => {
    for (const [path, heading] of [
      ["/genres/no-such-genre", "Genre not found"],
      ["/themes/no-such-theme", "Theme not found"],
      ["/franchises/no-such-franchise", "Franchise not found"],
    ] as const) {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
    }
  });
});
