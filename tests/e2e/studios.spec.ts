import { randomUUID } from "node:crypto";
import type { Browser, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { formAlert } from "./support/accounts";
import { main, newFilm, readCached, signedInPage } from "./support/cached-pages";

/** A studio name no other test uses, and the address its page will have. */
function uniqueStudio() {
  const name = `Studio Test ${randomUUID().slice(0, 8)}`;
  return { name, path: `/studios/${name.toLowerCase().replaceAll(" ", "-")}` };
}

/** Opens the work's Companies form from its page. */
async function openCompanies(page: Page, filmPath: string) {
  await page.goto(filmPath);
  await main(page).getByRole("region", { name: "Companies" }).getByRole("link", { name: "Edit Companies" }).click();
  await expect(page).toHaveURL(`${filmPath}/edit/companies`);
}

/** Fills the first company row with a studio Keyframe lacks, ticked as new. */
async function fillNewStudio(page: Page, studio: string, role: string, region = "") {
  const row = page.getByRole("group", { name: "Company 1", exact: true });
  await row.getByLabel("Studio", { exact: true }).fill(studio);
  await row.getByLabel("New studio").check();
  await row.getByLabel("Role").selectOption({ label: role });
  await row.getByLabel(/^Region/).fill(region);
  return row;
}

/** An admin's edit applies at once: the work credits a new studio for its animation. */
async function creditedStudio(browser: Browser, filmPath: string) {
  const studio = uniqueStudio();
  const admin = await signedInPage(browser, "admin");
  await openCompanies(admin, filmPath);
  await fillNewStudio(admin, studio.name, "Animation production");
  await admin.getByLabel("Edit summary").fill("Credit the studio");
  await admin.getByRole("button", { name: "Save Changes" }).click();
  await expect(main(admin).getByRole("status")).toContainText("live");
  await admin.context().close();
  return studio;
}

test("an editor credits a new studio on a work; once approved, the work and the studio show it", async ({
  browser,
  page,
}) => {
  const film = await newFilm(browser);
  const studio = uniqueStudio();

  const editor = await signedInPage(browser, "editor");
  await openCompanies(editor, film.path);
  await fillNewStudio(editor, studio.name, "Distributor", "fr");
  await editor.getByLabel("Edit summary").fill("French distributor");
  await editor.getByRole("button", { name: "Save Changes" }).click();
  await expect(editor).toHaveURL(/\/submissions\/\d+\?saved=1$/);
  const submission = new URL(editor.url()).pathname;
  await expect(main(editor)).toContainText(`${studio.name} (new studio) — Distributor, France`);

  const moderator = await signedInPage(browser, "moderator");
  await moderator.goto(submission);
  await moderator.getByRole("button", { name: "Approve" }).click();
  await expect(main(moderator).getByRole("status")).toContainText("Approved");

  await page.goto(film.path);
  const companies = main(page).getByRole("region", { name: "Companies" });
  await expect(companies.getByText("Distributor", { exact: true })).toBeVisible();
  await expect(companies.getByRole("link", { name: studio.name })).toHaveAttribute("href", studio.path);
  await expect(companies).toContainText("France");

  await companies.getByRole("link", { name: studio.name }).click();
  await expect(page).toHaveURL(studio.path);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(studio.name);
  const distributor = main(page).getByRole("region", { name: "Distributor" });
  await expect(distributor.getByRole("link", { name: film.title })).toHaveAttribute("href", film.path);
  await expect(distributor).toContainText("France");
  const json = await page.request.get(`/api${studio.path.replace("/studios", "/v1/studios")}`);
  expect(await json.json()).toMatchObject({ name: studio.name, works: [{ role: "DISTRIBUTOR", region: "FR" }] });
});

test("a cached work page shows a studio's new name once its rename is approved", async ({ browser, page }) => {
  const film = await newFilm(browser);
  const studio = await creditedStudio(browser, film.path);
  await readCached(page, film.path);
  await expect(main(page).getByRole("region", { name: "Companies" })).toContainText(studio.name);

  const renamed = `${studio.name} Renamed`;
  const editor = await signedInPage(browser, "editor");
  await editor.goto(`${studio.path}/edit`);
  await editor.getByLabel("Name", { exact: true }).fill(renamed);
  await editor.getByLabel("Edit summary").fill("The studio's new name");
  await editor.getByRole("button", { name: "Save Changes" }).click();
  await expect(editor).toHaveURL(/\/submissions\/\d+\?saved=1$/);
  const submission = new URL(editor.url()).pathname;

  const moderator = await signedInPage(browser, "moderator");
  await moderator.goto(submission);
  await moderator.getByRole("button", { name: "Approve" }).click();
  await expect(main(moderator).getByRole("status")).toContainText("Approved");

  await page.goto(film.path);
  await expect(
    main(page).getByRole("region", { name: "Companies" }).getByRole("link", { name: renamed }),
  ).toBeVisible();
});

test("a refused companies edit keeps every typed row and saves nothing", async ({ browser }) => {
  const film = await newFilm(browser);
  const studio = uniqueStudio();
  const editor = await signedInPage(browser, "editor");
  await openCompanies(editor, film.path);
  const first = editor.getByRole("group", { name: "Company 1", exact: true });
  const second = editor.getByRole("group", { name: "Company 2", exact: true });
  await first.getByLabel("Studio", { exact: true }).fill("shochiku");
  await first.getByLabel("Role").selectOption({ label: "Distributor" });
  await second.getByLabel("Studio", { exact: true }).fill(studio.name);
  await second.getByLabel("Role").selectOption({ label: "Animation production" });
  await editor.getByLabel("Edit summary").fill("Two companies");
  await editor.getByRole("button", { name: "Save Changes" }).click();

  await expect(formAlert(editor)).toBeVisible();
  await expect(first.getByLabel(/^Region/)).toHaveAccessibleDescription(
    "A distributor or licensor acts in a region: give its two-letter code, such as JP or US.",
  );
  await expect(first.getByLabel("Studio", { exact: true })).toHaveValue("shochiku");
  await expect(first.getByLabel("Role")).toHaveValue("DISTRIBUTOR");
  await expect(second.getByLabel("Studio", { exact: true })).toHaveValue(studio.name);
  await expect(second.getByLabel("Role")).toHaveValue("ANIMATION_PRODUCTION");
  await expect(editor.getByLabel("Edit summary")).toHaveValue("Two companies");

  // With the region given, the unknown studio is refused beside its own row.
  await first.getByLabel(/^Region/).fill("JP");
  await editor.getByRole("button", { name: "Save Changes" }).click();
  await expect(second.getByLabel("Studio", { exact: true })).toHaveAccessibleDescription(
    new RegExp(`No studio called ${studio.name}\\..*“New studio”`),
  );
  await expect(first.getByLabel(/^Region/)).toHaveValue("JP");
  await expect(editor).toHaveURL(`${film.path}/edit/companies`);
});
