import { randomUUID } from "node:crypto";
import type { Browser, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { register, uniqueUsername } from "./support/accounts";
import {
  curatorListing,
  main,
  newFilm,
  proposeFilm,
  readCached,
  signedInPage,
  uniqueFilm,
} from "./support/cached-pages";

/*
 * Every write that changes a cached page, then the next anonymous read. Each runs twice: as the
 * browser posts it, and as Next runs an action it forwarded from another worker
 * (`x-action-forwarded`), where Next expires tags only after the response, or never when the
 * action redirects (action-handler.js). The expiry is ours to finish before the action ends.
 */

/** From here on, the writer's actions reach the server as forwarded ones. */
async function writeVia(writer: Page, forwarded: boolean) {
  if (forwarded) await writer.context().setExtraHTTPHeaders({ "x-action-forwarded": "1" });
}

const topLists = (page: Page) => main(page).getByRole("region", { name: "Top Rated Lists" });

async function saveListDetails(curator: Page, listPath: string, details: { title?: string; visibility?: string }) {
  await curator.goto(`${listPath}/edit`);
  if (details.title) await curator.getByLabel("Title").fill(details.title);
  if (details.visibility) await curator.getByLabel("Who can see it").selectOption(details.visibility);
  await curator.getByRole("button", { name: "Save list" }).click();
  await expect(curator).toHaveURL(new RegExp(`${listPath}$`));
}

/** Writes a description from `editor`'s page; answers the submission's address. */
async function describe(editor: Page, filmPath: string, description: string) {
  await editor.goto(`${filmPath}/edit/description`);
  await editor.getByLabel("Description").fill(description);
  await editor.getByLabel("Edit summary").fill("A description");
  await editor.getByRole("button", { name: "Save Changes" }).click();
  await expect(editor).toHaveURL(/\/submissions\/\d+\?saved=1$/);
  return new URL(editor.url()).pathname;
}

async function trustedEditor(browser: Browser) {
  const trusted = await (await browser.newContext()).newPage();
  const username = uniqueUsername("trusted");
  await register(trusted, username, "a long and trusted passphrase");
  const admin = await signedInPage(browser, "admin");
  await admin.goto("/admin/users");
  await admin.getByLabel(`Role for ${username}`).selectOption("TRUSTED");
  await admin
    .getByRole("row", { name: new RegExp(username) })
    .getByRole("button", { name: "Save" })
    .click();
  await expect(main(admin).getByRole("status")).toHaveText(`${username} is now TRUSTED.`);
  await admin.context().close();
  return trusted;
}

for (const forwarded of [false, true]) {
  test.describe(forwarded ? "forwarded between workers" : "as posted", () => {
    // Three or four people each: a writer, a reader, and whoever makes the film or the role.
    test.describe.configure({ timeout: 90_000 });

    test("a deleted list leaves the cached film page at once", async ({ browser, page }) => {
      const film = await newFilm(browser);
      const { curator, listTitle, listPath } = await curatorListing(browser, film.path);
      await readCached(page, film.path);
      await expect(topLists(page).getByRole("link", { name: listTitle })).toBeVisible();

      await writeVia(curator, forwarded);
      await curator.goto(`${listPath}/delete`);
      await curator.getByRole("button", { name: "Delete list" }).click();
      await expect(curator).toHaveURL(/\/users\/curator-/);

      await page.reload();
      await expect(topLists(page).getByText("No public list includes this film yet.")).toBeVisible();
    });

    test("a renamed list is renamed on the cached film page at once", async ({ browser, page }) => {
      const film = await newFilm(browser);
      const { curator, listTitle, listPath } = await curatorListing(browser, film.path);
      await readCached(page, film.path);
      await expect(topLists(page).getByRole("link", { name: listTitle })).toBeVisible();

      const renamed = `Renamed picks ${randomUUID().slice(0, 6)}`;
      await writeVia(curator, forwarded);
      await saveListDetails(curator, listPath, { title: renamed });

      await page.reload();
      await expect(topLists(page).getByRole("link", { name: renamed })).toBeVisible();
      await expect(topLists(page).getByRole("link", { name: listTitle })).toHaveCount(0);
    });

    test("a list made private leaves the cached film page at once, and comes back made public", async ({
      browser,
      page,
    }) => {
      const film = await newFilm(browser);
      const { curator, listTitle, listPath } = await curatorListing(browser, film.path);
      await readCached(page, film.path);
      await expect(topLists(page).getByRole("link", { name: listTitle })).toBeVisible();

      await writeVia(curator, forwarded);
      await saveListDetails(curator, listPath, { visibility: "PRIVATE" });
      await page.reload();
      await expect(topLists(page).getByText("No public list includes this film yet.")).toBeVisible();

      await readCached(page, film.path);
      await saveListDetails(curator, listPath, { visibility: "PUBLIC" });
      await page.reload();
      await expect(topLists(page).getByRole("link", { name: listTitle })).toBeVisible();
    });

    test("a film added to a list on the list's page, then removed, shows on its cached page at once", async ({
      browser,
      page,
    }) => {
      const film = await newFilm(browser);
      // The curator's list starts with another new film, so this one is added from the list's page.
      const { curator, listTitle, listPath } = await curatorListing(browser, (await newFilm(browser)).path);
      await readCached(page, film.path);
      await expect(topLists(page).getByRole("link", { name: listTitle })).toHaveCount(0);

      await writeVia(curator, forwarded);
      await curator.goto(listPath);
      await curator.getByRole("combobox", { name: "Film title" }).fill(film.title);
      await curator.getByRole("button", { name: "Add film" }).click();
      await expect(
        main(curator)
          .getByRole("status")
          .filter({ hasText: `Added ${film.title}` }),
      ).toBeVisible();
      await page.reload();
      await expect(topLists(page).getByRole("link", { name: listTitle })).toBeVisible();

      await readCached(page, film.path);
      await curator.reload();
      await curator.getByRole("button", { name: `Remove ${film.title}` }).click();
      await expect(curator.getByRole("link", { name: film.title })).toHaveCount(0);
      await page.reload();
      await expect(topLists(page).getByRole("link", { name: listTitle })).toHaveCount(0);
    });

    test("a trusted editor's edit is on the cached film page at once", async ({ browser, page }) => {
      const film = await newFilm(browser);
      const trusted = await trustedEditor(browser);
      await readCached(page, film.path);

      const description = `Trusted and applied at once (${randomUUID().slice(0, 8)}).`;
      await writeVia(trusted, forwarded);
      await describe(trusted, film.path, description);
      await expect(main(trusted).getByText("Your edit is live.")).toBeVisible();

      await page.reload();
      await expect(main(page).getByText(description)).toBeVisible();
    });

    test("a moderator's own edit is on the cached film page at once", async ({ browser, page }) => {
      const film = await newFilm(browser);
      await readCached(page, film.path);

      const description = `A moderator's own words (${randomUUID().slice(0, 8)}).`;
      const moderator = await signedInPage(browser, "moderator");
      await writeVia(moderator, forwarded);
      await describe(moderator, film.path, description);

      await page.reload();
      await expect(main(page).getByText(description)).toBeVisible();
    });

    test("a reverted section is on the cached film page at once", async ({ browser, page }) => {
      const film = await newFilm(browser);
      const admin = await signedInPage(browser, "admin");
      const first = `The first description (${randomUUID().slice(0, 8)}).`;
      const second = `The second description (${randomUUID().slice(0, 8)}).`;
      await describe(admin, film.path, first);
      await describe(admin, film.path, second);
      await readCached(page, film.path);
      await expect(main(page).getByText(second)).toBeVisible();

      const moderator = await signedInPage(browser, "moderator");
      await writeVia(moderator, forwarded);
      await moderator.goto(`${film.path}/history`);
      await moderator.getByRole("link", { name: "Revert to this (revision #2)" }).click();
      await moderator.getByLabel("Reason for reverting").fill("The first words were better.");
      await moderator.getByRole("button", { name: "Revert" }).click();
      await expect(main(moderator).getByRole("status").filter({ hasText: "Reverted" })).toBeVisible();

      await page.reload();
      await expect(main(page).getByText(first)).toBeVisible();
    });

    test("a new film is among the home page's recent films at once, proposed by an admin or approved", async ({
      browser,
      page,
    }) => {
      const recentlyAdded = main(page).getByRole("region", { name: "Recently added" });
      await page.goto("/");
      const admin = await signedInPage(browser, "admin");
      await writeVia(admin, forwarded);
      const applied = await proposeFilm(admin);
      await expect(main(admin).getByRole("status")).toContainText("live");
      await page.reload();
      await expect(recentlyAdded.getByRole("link", { name: applied.title })).toBeVisible();

      const editor = await signedInPage(browser, "editor");
      const proposed = await proposeFilm(editor, uniqueFilm("Approved Study"));
      const submission = new URL(editor.url()).pathname;
      await page.reload();
      await expect(recentlyAdded.getByRole("link", { name: proposed.title })).toHaveCount(0);
      const moderator = await signedInPage(browser, "moderator");
      await writeVia(moderator, forwarded);
      await moderator.goto(submission);
      await moderator.getByRole("button", { name: "Approve" }).click();
      await expect(main(moderator).getByRole("status")).toContainText("Approved");

      await page.reload();
      await expect(recentlyAdded.getByRole("link", { name: proposed.title })).toBeVisible();
    });

    test("a new film's address, read while it was missing, serves the film at once", async ({ browser, request }) => {
      const film = uniqueFilm();
      for (let read = 0; read < 2; read++) expect((await request.get(film.path)).status()).toBe(404);
      const admin = await signedInPage(browser, "admin");
      await writeVia(admin, forwarded);
      await proposeFilm(admin, film);
      await expect(main(admin).getByRole("status")).toContainText("live");

      const response = await request.get(film.path);
      expect(response.status()).toBe(200);
      expect(await response.text()).toContain(film.title);
    });
  });
}
