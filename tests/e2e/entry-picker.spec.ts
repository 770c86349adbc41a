import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { DEV_PASSWORD, formAlert, signIn } from "./support/accounts";
import { main, newFilm, proposeAsNew, signedInPage } from "./support/cached-pages";
import { pickEntry, suggestionsOf } from "./support/pickers";

const credit = (page: Page, number: number) => page.getByRole("group", { name: `Credit ${number}`, exact: true });
const personIn = (page: Page, number: number) => credit(page, number).getByLabel("Person", { exact: true });

/** Saves the credits form, which an admin's edit applies at once; left on the submission's page. */
async function saveCredits(page: Page, summary: string) {
  await page.getByLabel("Edit summary").fill(summary);
  await page.getByRole("button", { name: "Save Changes" }).click();
  await expect(page).toHaveURL(/\/submissions\/\d+\?saved=1$/);
}

/** The staff link a film's page gives for `name`. */
const staffLink = (page: Page, name: string) =>
  main(page).getByRole("region", { name: "Staff" }).getByRole("link", { name, exact: true });

/** Proposes a person as an admin, which applies at once, saying they are not the namesake already there. */
async function proposePerson(admin: Page, name: string, nativeName: string) {
  await admin.goto("/people/new");
  await admin.getByLabel("Name", { exact: true }).fill(name);
  await admin.getByLabel("Native name (optional)").fill(nativeName);
  await admin.getByLabel("Deck").fill("A namesake, for telling people apart.");
  await admin.getByLabel("Edit summary").fill("A second person of this name");
  await proposeAsNew(admin, "Propose person");
  await expect(main(admin).getByRole("status")).toContainText("live");
}

test("an editor types part of a name, sees the person's works, and credits them with the keyboard", async ({
  browser,
}) => {
  // A film of its own and a signed-in admin take a while on two busy cores.
  test.slow();
  const film = await newFilm(browser);
  const admin = await signedInPage(browser, "admin");
  await admin.goto(`${film.path}/edit/credits`);
  const posts: string[] = [];
  admin.on("request", (request) => {
    if (request.method() === "POST") posts.push(request.url());
  });

  const person = personIn(admin, 1);
  await person.pressSequentially("satoshi k");
  const suggestions = await suggestionsOf(person);
  const kon = suggestions.getByRole("option", { name: /^Satoshi Kon/ });
  await expect(kon).toContainText("Memories (1995)");
  // Enter on the list with nothing highlighted closes it and sends nothing.
  await person.press("Enter");
  await expect(suggestions).toBeHidden();
  await expect(person).toHaveValue("satoshi k");

  await pickEntry(person, "satoshi k", /^Satoshi Kon/);
  await expect(person).toHaveValue("Satoshi Kon");
  await expect(person).toHaveAccessibleDescription(/Memories \(1995\).*satoshi-kon/);
  await credit(admin, 1).getByLabel("Role").selectOption("Writer");
  await saveCredits(admin, "Kon wrote it");
  expect(posts, "only Save Changes posted the form").toHaveLength(1);
  await expect(main(admin)).toContainText("Satoshi Kon — Writer");

  await admin.goto(film.path);
  await expect(staffLink(admin, "Satoshi Kon")).toHaveAttribute("href", "/people/satoshi-kon");
});

test("two people of the same name are told apart by their works and native names", async ({ browser }) => {
  test.slow();
  const name = `Mika Namesake ${randomUUID().slice(0, 8)}`;
  const slug = name.toLowerCase().replaceAll(" ", "-");
  const [first, second] = [await newFilm(browser), await newFilm(browser)];
  const admin = await signedInPage(browser, "admin");

  // The first has a work: the credit that creates them.
  await admin.goto(`${first.path}/edit/credits`);
  await personIn(admin, 1).fill(name);
  await credit(admin, 1).getByLabel("New person").check();
  await credit(admin, 1).getByLabel("Role").selectOption("Director");
  await saveCredits(admin, "The first of the name");
  await proposePerson(admin, name, "同名");

  await admin.goto(`${second.path}/edit/credits`);
  const person = personIn(admin, 1);
  await credit(admin, 1).getByLabel("Role").selectOption("Director");
  // Typed and not chosen, the name is refused with each namesake's slug and what tells them apart.
  await person.fill(name);
  await admin.getByLabel("Edit summary").fill("The second of the name");
  await admin.getByRole("button", { name: "Save Changes" }).click();
  await expect(formAlert(admin)).toContainText("Some rows need correcting");
  await expect(person).toHaveAccessibleDescription(
    new RegExp(`Several people are called ${name}\\..*“${slug}” \\(${first.title}\\) or “${slug}-2” \\(同名\\)`),
  );

  const suggestions = await suggestionsOf(person);
  await person.clear();
  await person.pressSequentially(name);
  await expect(suggestions.getByRole("option", { name: new RegExp(`^${name}`) })).toHaveCount(2);
  await expect(suggestions.getByRole("option", { name: new RegExp(`^${name}`) }).first()).toContainText(first.title);
  await pickEntry(person, name, new RegExp(`^${name}.*同名`));
  await expect(person).toHaveValue(name);
  await expect(person).toHaveAccessibleDescription(new RegExp(`同名.*${slug}-2`));
  await saveCredits(admin, "The second of the name");

  await admin.goto(second.path);
  await expect(staffLink(admin, name)).toHaveAttribute("href", `/people/${slug}-2`);
});

test.describe("without JavaScript", () => {
  test("the person field is a text box that takes a name", async ({ browser }) => {
    test.slow();
    const film = await newFilm(browser);
    const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(`${film.path}/edit/credits`)}`);
    await signIn(page, "admin", DEV_PASSWORD);
    await expect(page).toHaveURL(`${film.path}/edit/credits`);

    await personIn(page, 1).fill("Satoshi Kon");
    await credit(page, 1).getByLabel("Role").selectOption("Writer");
    await saveCredits(page, "Kon, typed by name");
    await expect(main(page)).toContainText("Satoshi Kon — Writer");

    // The saved credit comes back as his name, which posts unchanged.
    await page.goto(`${film.path}/edit/credits`);
    await expect(personIn(page, 1)).toHaveValue("Satoshi Kon");
  });
});
