import { randomInt } from "node:crypto";
import { expect, test } from "./fixtures";
import { main, newFilm, signedInPage } from "./support/cached-pages";

test("an editor adds a MyAnimeList link to a new film; once approved, the page links to myanimelist.net", async ({
  browser,
  page,
}) => {
  const film = await newFilm(browser);
  // An id no other run of this test has given to another film.
  const malId = String(randomInt(10_000_000, 99_999_999));

  const editor = await signedInPage(browser, "editor");
  await editor.goto(film.path);
  await main(editor).getByRole("region", { name: "Links" }).getByRole("link", { name: "Edit Links" }).click();
  await expect(editor).toHaveURL(`${film.path}/edit/links`);
  const row = editor.getByRole("group", { name: "Link 1", exact: true });
  await row.getByLabel("Site").selectOption({ label: "MyAnimeList" });

  // Memories already has MyAnimeList 1462, and an address is not an id.
  await row.getByLabel("Id").fill("1462");
  await editor.getByLabel("Edit summary").fill("Link to MyAnimeList");
  await editor.getByRole("button", { name: "Save Changes" }).click();
  await expect(row.getByLabel("Id")).toHaveAccessibleDescription(
    "This link is already on “Memories” (memories): a page elsewhere describes one work.",
  );
  await expect(row.getByLabel("Id")).toHaveValue("1462");

  await row.getByLabel("Id").fill(`https://myanimelist.net/anime/${malId}`);
  await editor.getByRole("button", { name: "Save Changes" }).click();
  await expect(row.getByLabel("Id")).toHaveAccessibleDescription("MyAnimeList ids are whole numbers, such as 1462.");
  await expect(row.getByLabel("Id")).toHaveValue(`https://myanimelist.net/anime/${malId}`);
  await expect(editor.getByLabel("Edit summary")).toHaveValue("Link to MyAnimeList");

  await row.getByLabel("Id").fill(malId);
  await editor.getByRole("button", { name: "Save Changes" }).click();
  await expect(editor).toHaveURL(/\/submissions\/\d+\?saved=1$/);
  const submission = new URL(editor.url()).pathname;

  const moderator = await signedInPage(browser, "moderator");
  await moderator.goto(submission);
  await expect(main(moderator).getByText(`MyAnimeList: ${malId}`)).toBeVisible();
  await moderator.getByRole("button", { name: "Approve" }).click();
  await expect(main(moderator).getByRole("status")).toContainText("Approved");

  await page.goto(film.path);
  await expect(
    main(page).getByRole("region", { name: "Links" }).getByRole("link", { name: "MyAnimeList" }),
  ).toHaveAttribute("href", `https://myanimelist.net/anime/${malId}`);
  const found = await page.request.get(`/api/v1/lookup?site=mal&id=${malId}`);
  expect(found.status()).toBe(200);
  expect(await found.json()).toMatchObject({ slug: film.path.replace("/films/", "") });
  expect((await page.request.get(`/api/v1/lookup?site=mal&id=${malId}0`)).status()).toBe(404);
});
