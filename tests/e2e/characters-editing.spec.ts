import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { DEV_PASSWORD, formAlert, signIn } from "./support/accounts";
import { main, newFilm, signedInPage } from "./support/cached-pages";

// Akira, not Memories, whose empty Characters section other tests check.
const character = (page: Page, number: number) => page.getByRole("group", { name: `Character ${number}`, exact: true });
const voice = (page: Page, number: number, voiceNumber: number) =>
  character(page, number).getByRole("group", { name: `Voice ${voiceNumber}`, exact: true });

test("an admin adds a new character with a voice actor, and it shows on the film's and its own page", async ({
  page,
}) => {
  await page.goto(`/sign-in?callbackUrl=${encodeURIComponent("/films/akira")}`);
  await signIn(page, "admin", DEV_PASSWORD);
  await expect(page).toHaveURL("/films/akira");
  await page.getByRole("link", { name: "Add a character to this film" }).click();
  await expect(page).toHaveURL("/films/akira/edit/characters#characters-new");
  await expect(character(page, 1).getByLabel("Character", { exact: true })).toBeFocused();

  await character(page, 1).getByLabel("Character", { exact: true }).fill("Kaneda");
  await character(page, 1).getByLabel("Prominence").selectOption("Main");
  await voice(page, 1, 1).getByLabel("Person", { exact: true }).fill("katsuhiro-otomo");
  await voice(page, 1, 1).getByLabel("Language").selectOption("Japanese");
  await page.getByLabel("Edit summary").fill("Kaneda, voiced in Japanese");
  await page.getByRole("button", { name: "Save Changes" }).click();

  // A name no character has is refused until the editor says it is a new one; what was typed stays.
  await expect(formAlert(page)).toContainText("Some rows need correcting");
  const name = character(page, 1).getByLabel("Character", { exact: true });
  await expect(name).toHaveAccessibleDescription(/No character called Kaneda\./);
  await expect(name).toHaveValue("Kaneda");
  await expect(voice(page, 1, 1).getByLabel("Person", { exact: true })).toHaveValue("katsuhiro-otomo");
  await expect(voice(page, 1, 1).getByLabel("Language")).toHaveValue("ja");

  await character(page, 1).getByLabel("New character").check();
  await page.getByRole("button", { name: "Save Changes" }).click();
  await expect(page).toHaveURL(/\/submissions\/\d+\?saved=1$/);
  await expect(page.getByRole("main")).toContainText("Kaneda (new character) — Main: Japanese: Katsuhiro Otomo");

  await page.goto("/films/akira");
  const characters = page.getByRole("region", { name: "Characters & Voice Actors" });
  await expect(characters.getByRole("listitem")).toHaveCount(1);
  await expect(characters.getByRole("listitem")).toContainText("Kaneda");
  await expect(characters.getByRole("listitem")).toContainText("Japanese:");
  await expect(characters.getByRole("link", { name: "Katsuhiro Otomo" })).toBeVisible();

  await characters.getByRole("link", { name: "Kaneda" }).click();
  await expect(page).toHaveURL("/characters/kaneda");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kaneda");
  await expect(page.getByRole("main")).toContainText("Voiced by Katsuhiro Otomo (Japanese)");
});

test("an editor names a voice actor Keyframe lacks, and a moderator's approval creates them", async ({ browser }) => {
  const film = await newFilm(browser);
  const suffix = randomUUID().slice(0, 8);
  const [hero, actor] = [`Hero ${suffix}`, `Voice Newcomer ${suffix}`];
  const editor = await signedInPage(browser, "editor");
  await editor.goto(`${film.path}/edit/characters`);
  await character(editor, 1).getByLabel("Character", { exact: true }).fill(hero);
  await character(editor, 1).getByLabel("New character").check();
  await character(editor, 1).getByLabel("Prominence").selectOption("Main");
  await voice(editor, 1, 1).getByLabel("Person", { exact: true }).fill(actor);
  await voice(editor, 1, 1).getByLabel("Language").selectOption("Japanese");
  await editor.getByLabel("Edit summary").fill("The hero and their voice");
  await editor.getByRole("button", { name: "Save Changes" }).click();

  // A name nobody has is refused until the editor says it is a new person; what was typed stays.
  const person = voice(editor, 1, 1).getByLabel("Person", { exact: true });
  await expect(person).toHaveAccessibleDescription(/No person called Voice Newcomer .*tick “New person”/);
  await expect(person).toHaveValue(actor);
  await voice(editor, 1, 1).getByLabel("New person").check();
  await editor.getByRole("button", { name: "Save Changes" }).click();
  await expect(editor).toHaveURL(/\/submissions\/\d+\?saved=1$/);
  const submission = new URL(editor.url()).pathname;

  const moderator = await signedInPage(browser, "moderator");
  await moderator.goto(submission);
  await expect(main(moderator)).toContainText(`${hero} (new character) — Main: Japanese: ${actor} (new person)`);
  await moderator.getByRole("button", { name: "Approve" }).click();
  await expect(main(moderator).getByRole("status")).toContainText("Approved");

  await moderator.goto(film.path);
  const characters = moderator.getByRole("region", { name: "Characters & Voice Actors" });
  await characters.getByRole("link", { name: actor }).click();
  await expect(moderator.getByRole("heading", { level: 1 })).toHaveText(actor);
});
