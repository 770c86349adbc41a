import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { DEV_PASSWORD, signIn } from "./support/accounts";

// Neo Tokyo, not Memories, whose empty sections other tests check word for word.
const FILM = "/films/neo-tokyo";

/** Saves the open edit form; an admin's edit applies at once, so the submission page says approved. */
async function save(page: Page, summary: string) {
  await page.getByLabel("Edit summary").fill(summary);
  await page.getByRole("button", { name: "Save Changes" }).click();
  await expect(page).toHaveURL(/\/submissions\/\d+\?saved=1$/);
}

test("an admin adds a new genre, an alias and a similar film, shown on both films' pages", async ({ page }) => {
  const alias = `Labyrinth Tales ${randomUUID().slice(0, 8)}`;
  await page.goto("/sign-in");
  await signIn(page, "admin", DEV_PASSWORD);

  await page.goto(FILM);
  await page.getByRole("region", { name: "Genres" }).getByRole("link", { name: "Edit Genres" }).click();
  await expect(page).toHaveURL(`${FILM}/edit/genres`);
  await expect(page.getByRole("group", { name: "Add a new genre" })).toBeVisible();
  await page.getByLabel("New genre 1").fill("Science fiction");
  await save(page, "Add a genre");

  await page.goto(`${FILM}/edit/aliases`);
  const title = (number: number) => page.getByRole("group", { name: `Title ${number}`, exact: true });
  await expect(title(1).getByLabel("Title")).toHaveValue("Meikyū Monogatari");
  await expect(title(2).getByLabel("Title")).toHaveValue("Manie-Manie");
  await title(3).getByLabel("Title").fill(alias);
  await title(3).getByLabel("Language").fill("en");
  await save(page, "Add an alias");

  await page.goto(`${FILM}/edit/relations`);
  const row = page.getByRole("group", { name: "Relation 1", exact: true });
  await row.getByLabel("Kind").selectOption({ label: "Similar" });
  await row.getByLabel("Film").fill("robot-carnival");
  await save(page, "Add a similar film");

  await page.goto(FILM);
  await expect(page.getByRole("region", { name: "Genres" }).getByRole("listitem")).toHaveText(["Science fiction"]);
  await expect(page.getByRole("region", { name: "Alternative titles" }).getByRole("definition")).toContainText([alias]);
  const similar = page.getByRole("region", { name: "Similar" });
  await expect(similar.getByRole("link", { name: "Robot Carnival" })).toBeVisible();

  await similar.getByRole("link", { name: "Robot Carnival" }).click();
  await expect(page).toHaveURL("/films/robot-carnival");
  await expect(page.getByRole("region", { name: "Similar" }).getByRole("link", { name: "Neo-Tokyo" })).toBeVisible();
});

test("a relation to an unknown film is marked beside its row, and what was typed is kept", async ({ page }) => {
  await page.goto("/sign-in");
  await signIn(page, "admin", DEV_PASSWORD);
  await page.goto(`${FILM}/edit/relations`);
  const row = page.getByRole("group", { name: "Relation 1", exact: true });
  await row.getByLabel("Film").fill("No Such Film");
  await page.getByLabel("Edit summary").fill("Try an unknown film");
  await page.getByRole("button", { name: "Save Changes" }).click();
  await expect(row.getByLabel("Film")).toHaveAccessibleDescription("Keyframe has no film called “No Such Film”.");
  await expect(row.getByLabel("Film")).toHaveValue("No Such Film");
  await expect(page.getByLabel("Edit summary")).toHaveValue("Try an unknown film");
});
