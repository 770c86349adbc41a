import { randomUUID } from "node:crypto";
import { expect, test } from "./fixtures";
import { curatorListing, main, newFilm, readCached, signedInPage } from "./support/cached-pages";

test("an approved edit is on the cached film page at once, for every reader", async ({ browser, page }) => {
  const film = await newFilm(browser);
  await readCached(page, film.path);
  await expect(main(page).getByText("Nobody has described")).toBeVisible();

  const description = `Written to be read at once (${randomUUID().slice(0, 8)}).`;
  const editor = await signedInPage(browser, "editor");
  await editor.goto(`${film.path}/edit/description`);
  await editor.getByLabel("Description").fill(description);
  await editor.getByLabel("Edit summary").fill("A description");
  await editor.getByRole("button", { name: "Save Changes" }).click();
  await expect(editor).toHaveURL(/\/submissions\/\d+\?saved=1$/);
  const submission = new URL(editor.url()).pathname;

  // Still pending: readers see the page as it is.
  await page.reload();
  await expect(main(page).getByText(description)).toHaveCount(0);

  const moderator = await signedInPage(browser, "moderator");
  await moderator.goto(submission);
  await moderator.getByRole("button", { name: "Approve" }).click();
  await expect(main(moderator).getByRole("status")).toContainText("Approved");

  await page.reload();
  await expect(main(page).getByText(description)).toBeVisible();
  await readCached(page, film.path);
  await expect(main(page).getByText(description)).toBeVisible();
});

test("a film's Top Rated Lists show a new list at once", async ({ browser, page }) => {
  const film = await newFilm(browser);
  await readCached(page, film.path);
  const topLists = main(page).getByRole("region", { name: "Top Rated Lists" });
  await expect(topLists.getByText("No public list includes this film yet.")).toBeVisible();

  const { listTitle } = await curatorListing(browser, film.path);

  await page.reload();
  await expect(topLists.getByRole("link", { name: listTitle })).toBeVisible();
});

test("a new display name is on the cached film pages showing its owner at once", async ({ browser, page }) => {
  const film = await newFilm(browser);
  const { curator, listTitle } = await curatorListing(browser, film.path);
  await readCached(page, film.path);
  const listed = main(page).getByRole("region", { name: "Top Rated Lists" }).getByRole("listitem");

  await curator.goto("/account");
  const name = curator.getByLabel("Display name");
  await name.fill("   ");
  await curator.getByRole("button", { name: "Save" }).click();
  await expect(curator.getByText("Give a display name.", { exact: true })).toBeVisible();
  await expect(name).toHaveValue("   ");
  const newName = `Ｃｕｒａｔｏｒ ${randomUUID().slice(0, 6)}`;
  await name.fill(newName);
  await curator.getByRole("button", { name: "Save" }).click();
  const shown = newName.normalize("NFKC");
  await expect(main(curator).getByRole("status")).toHaveText(`Your display name is now ${shown}.`);

  await page.reload();
  await expect(listed.filter({ hasText: listTitle })).toContainText(`by ${shown}`);
});

test("a signed-in reader gets the cached page with their own parts filled in", async ({ browser, page }) => {
  const film = await newFilm(browser);
  await readCached(page, film.path);
  const reader = await signedInPage(browser, "editor");
  const response = await reader.goto(film.path);
  expect(response?.headers()["x-nextjs-cache"]).toBe("HIT");
  await expect(reader.getByRole("navigation", { name: "Account" }).getByRole("link", { name: "editor" })).toBeVisible();
  await expect(reader.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Moderation" })).toHaveCount(
    0,
  );
  await expect(
    main(reader)
      .getByLabel("Add to list")
      .or(main(reader).getByRole("link", { name: "Start a list" })),
  ).toBeVisible();
  // The anonymous reader of the same cached page sees none of it.
  await expect(page.getByRole("navigation", { name: "Account" }).getByRole("link", { name: "Sign in" })).toBeVisible();
  await expect(main(page).getByLabel("Add to list")).toHaveCount(0);
});

test("a cached page is sent in ASCII alone and reads exactly as written", async ({ page }) => {
  await readCached(page, "/films/memories");
  const sent = await (await page.request.get("/films/memories")).body();
  expect(
    sent.findIndex((byte) => byte > 0x7f),
    "the first byte outside ASCII",
  ).toBe(-1);

  // The markup reads the Japanese names back, and React hydrates from the escaped inline payload
  // without a mismatch (the fixture fails the test on any console error).
  const segments = main(page).getByRole("region", { name: "Segments" });
  await expect(segments.getByText("彼女の想いで")).toBeVisible();
  await expect(main(page).getByText("岡村天斎")).toBeVisible();
  await page.evaluate(() => Object.assign(window, { sameDocument: true }));
  await main(page).getByRole("link", { name: "Tensai Okamura" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Tensai Okamura" })).toBeVisible();
  expect(await page.evaluate(() => "sameDocument" in window), "the client router followed the link").toBe(true);
});
