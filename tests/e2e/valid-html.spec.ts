import { randomUUID } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { APIRequestContext, Page } from "@playwright/test";
import sharp from "sharp";
import { expect, test } from "./fixtures";
import { DEV_PASSWORD, errorSummary } from "./support/accounts";
import { curatorListing, main, newFilm, signedInPage } from "./support/cached-pages";
import { checkHtml, formatHtmlErrors, type PageHtml } from "./support/html-checker";

/** The first address in `html` that `pattern` (with one group) finds; the page must link to it. */
function linkIn(html: string, pattern: RegExp): string {
  const address = pattern.exec(html)?.[1];
  expect(address, `a link matching ${pattern}`).toBeDefined();
  return address!;
}

/** Saves an admin's open edit form; it applies at once. */
async function save(page: Page, summary: string) {
  await page.getByLabel("Edit summary").fill(summary);
  await page.getByRole("button", { name: "Save Changes" }).click();
  await expect(page).toHaveURL(/\/submissions\/\d+\?saved=1$/);
}

/** A film of this test's own with a poster, a character, a genre, a theme and a franchise. */
async function furnishedFilm(admin: Page, filmPath: string) {
  const token = randomUUID().slice(0, 8);
  await admin.goto(`${filmPath}/edit/genres`);
  await admin.getByLabel("New genre 1").fill(`Valid genre ${token}`);
  await save(admin, "A genre");
  await admin.goto(`${filmPath}/edit/themes`);
  await admin.getByLabel("New theme 1").fill(`Valid theme ${token}`);
  await save(admin, "A theme");
  await admin.goto(`${filmPath}/edit/franchise`);
  await admin.getByLabel("Franchise").fill(`Valid franchise ${token}`);
  await save(admin, "A franchise");
  await admin.goto(`${filmPath}/edit/characters`);
  const character = admin.getByRole("group", { name: "Character 1", exact: true });
  await character.getByLabel("Character", { exact: true }).fill(`Valid Character ${token}`);
  await character.getByLabel("New character").check();
  await character.getByLabel("Prominence").selectOption("Main");
  const voice = character.getByRole("group", { name: "Voice 1", exact: true });
  await voice.getByLabel("Person", { exact: true }).fill("katsuhiro-otomo");
  await voice.getByLabel("Language").selectOption("Japanese");
  await save(admin, "A character");

  const folder = await mkdtemp(path.join(tmpdir(), "keyframe-valid-"));
  try {
    const poster = path.join(folder, "poster.png");
    const shade = Number.parseInt(token.slice(0, 2), 16);
    const background = { r: shade, g: 120, b: 60 };
    await writeFile(
      poster,
      await sharp({ create: { width: 200, height: 300, channels: 3, background } })
        .png()
        .toBuffer(),
    );
    await admin.goto(`${filmPath}/edit/poster`);
    await admin.getByLabel("Poster image").setInputFiles(poster);
    await save(admin, "A poster");
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

test("every kind of page is valid HTML, as the server sends it and once it has run", async ({ browser, request }) => {
  test.setTimeout(300_000);
  const pages: PageHtml[] = [];
  const read = async (client: APIRequestContext, url: string, status = 200) => {
    const response = await client.get(url);
    expect(response.status(), url).toBe(status);
    const html = await response.text();
    pages.push({ url, html });
    return html;
  };

  // Pages anyone reads.
  for (const url of [
    "/",
    "/films",
    "/films?sort=year&format=MOVIE&letter=M&page=1",
    "/films/memories",
    "/films/memories/history",
    "/films/serial-experiments-lain",
    "/films/serial-experiments-lain/episodes/1",
    "/films/serial-experiments-lain/episodes/13",
    "/people",
    "/characters",
    "/studios",
    "/studios/studio-4c",
    "/genres",
    "/themes",
    "/franchises",
    "/seasons",
    "/seasons/1995/fall",
    "/seasons/1995/fall/film",
    "/seasons/1900/winter",
    "/lists",
    "/search?q=memories",
    "/search?q=no-film-is-called-this",
    "/recent-changes",
    "/sign-in",
    "/register",
    "/about",
    "/users/editor",
    "/users/editor/submissions",
  ]) {
    await read(request, url);
  }
  const people = pages.find((page) => page.url === "/people")!.html;
  await read(request, linkIn(people, /href="(\/people\/(?!new")[a-z0-9-]+)"/));
  const lists = pages.find((page) => page.url === "/lists")!.html;
  await read(request, linkIn(lists, /href="(\/lists\/\d+)"/));
  const history = pages.find((page) => page.url === "/films/memories/history")!.html;
  const revisions = [...history.matchAll(/name="from" (?:checked="" )?value="(\d+)"/g)].map((match) => match[1]);
  expect(revisions.length, "Memories has revisions to compare").toBeGreaterThan(1);
  await read(request, `/films/memories/history/compare?from=${revisions.at(-1)}&to=${revisions[0]}`);
  await read(request, linkIn(history, /href="(\/films\/memories\/history\/compare\?to=\d+)"/));
  await read(request, "/no/such/page", 404);
  await read(request, "/films/no-such-film", 404);

  // A film with everything a film page can show, and the pages it links to.
  const admin = await signedInPage(browser, "admin");
  const film = await newFilm(browser);
  await furnishedFilm(admin, film.path);
  const filmPage = await read(request, film.path);
  for (const kind of ["characters", "genres", "themes", "franchises"]) {
    await read(request, linkIn(filmPage, new RegExp(`href="(/${kind}/(?!new")[^"]+)"`)));
  }
  await read(admin.request, "/admin/users");
  // Row forms as the server sends them, the form a browser without JavaScript uses.
  await read(admin.request, `${film.path}/edit/characters`);
  for (const section of ["credits", "segments", "general", "aliases", "relations", "companies"]) {
    await read(admin.request, `/films/memories/edit/${section}`);
  }
  for (const section of ["episodes", "credits", "characters"]) {
    await read(admin.request, `/films/serial-experiments-lain/edit/${section}`);
  }

  // A member's list holding that film, as its owner sees it.
  const { curator: member, listPath } = await curatorListing(browser, film.path);
  for (const url of [listPath, `${listPath}/edit`, `${listPath}/order`, `${listPath}/delete`]) {
    await read(member.request, url);
  }

  // The member's pending edit of that film, as its author and as a moderator see it.
  await member.goto(`${film.path}/edit/description`);
  await member.getByLabel("Deck", { exact: true }).fill("A deck the moderator has yet to read.");
  await member.getByLabel("Edit summary").fill("A sharper deck");
  await member.getByRole("button", { name: "Save Changes" }).click();
  await expect(member).toHaveURL(/\/submissions\/\d+\?saved=1$/);
  const submission = new URL(member.url()).pathname;
  await read(member.request, `${submission}?saved=1`);
  await read(member.request, `${submission}/edit`);
  await read(member.request, `${submission}/withdraw`);

  // Forms and pages for signed-in people.
  const moderator = await signedInPage(browser, "moderator", DEV_PASSWORD);
  const filmForms = await read(moderator.request, "/films/memories");
  for (const url of new Set(filmForms.match(/\/films\/memories\/edit\/[a-z-]+/g))) await read(moderator.request, url);
  for (const url of [
    "/account",
    "/films/new",
    "/people/new",
    "/characters/new",
    "/lists/new",
    "/films/memories/add-to-list",
    "/moderation",
    "/moderation?section=description",
    "/moderation?film=No+Film+Is+Called+This",
    "/moderation/roles",
    "/films/memories/history",
    submission,
  ]) {
    await read(moderator.request, url);
  }

  // A revert's confirmation, with a long description's paragraph diff: the film's deck and
  // description are changed twice, and the revert goes back to the first change.
  const long = (word: string) => Array.from({ length: 6 }, (_, n) => `Paragraph ${n + 1}, ${word}.`).join("\n\n");
  for (const word of ["first", "second"]) {
    await admin.goto(`${film.path}/edit/description`);
    await admin.getByLabel("Description", { exact: true }).fill(long(word));
    await save(admin, `Description, ${word}`);
  }
  const filmHistory = await read(moderator.request, `${film.path}/history`);
  await read(moderator.request, linkIn(filmHistory, /href="(\/films\/[^"]+\/history\/revert\/\d+)"/));

  // After hydration, the header knows the reader and client components have rendered.
  for (const url of ["/", film.path, "/account"]) {
    await moderator.goto(url);
    await expect(main(moderator)).toBeVisible();
    pages.push({ url: `${url} (after hydration)`, html: await moderator.content() });
  }

  // A failed save, with its error summary; it saves nothing, so Memories is left as it was.
  await moderator.goto("/films/memories/edit/credits");
  const credits = await moderator.getByRole("group", { name: /^Credit \d+$/ }).count();
  await moderator
    .getByRole("group", { name: `Credit ${credits}`, exact: true })
    .getByLabel("Person", { exact: true })
    .fill("Nobody Atall");
  await moderator.getByRole("button", { name: "Save Changes" }).click();
  await expect(errorSummary(moderator)).toBeFocused();
  pages.push({ url: "/films/memories/edit/credits (failed save)", html: await moderator.content() });
  await Promise.all([admin, member, moderator].map((page) => page.context().close()));

  const errors = await checkHtml(pages);
  expect(errors.length, `the W3C Nu HTML checker's errors in ${pages.length} pages:\n${formatHtmlErrors(errors)}`).toBe(
    0,
  );
});
