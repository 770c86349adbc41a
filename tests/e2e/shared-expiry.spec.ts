import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { main, newFilm, signedInPage } from "./support/cached-pages";
import { startAnotherInstance, type Instance } from "./support/more-instances";

/*
 * Two more instances of the production build on the first one's database, as `npm start` run
 * twice: B shares cache expiry (the default), C has it switched off. An approval on the first
 * instance must be on B's cached film page the moment the approval returns; C shows what happens
 * without sharing.
 */
test.describe.configure({ mode: "serial", timeout: 180_000 });

let b: Instance | undefined;
let c: Instance | undefined;

test.afterAll(async () => {
  await Promise.all([b?.stop(), c?.stop()]);
});

/** The film page as an instance answers it, which must come from that instance's cache. */
async function cachedFilmPage(instance: Instance, path: string) {
  const response = await fetch(instance.origin + path);
  return { cache: response.headers.get("x-nextjs-cache"), html: await response.text() };
}

test("an approval on one instance is on another instance's cached film page at once, and not without sharing", async ({
  browser,
}) => {
  [b, c] = await Promise.all([startAnotherInstance(), startAnotherInstance({ KEYFRAME_SHARED_EXPIRY: "off" })]);
  const film = await newFilm(browser);
  for (const instance of [b, c]) {
    await cachedFilmPage(instance, film.path);
    expect((await cachedFilmPage(instance, film.path)).cache, `${instance.origin} caches the page`).toBe("HIT");
  }

  const editor = await signedInPage(browser, "editor");
  const description = `Words approved on the first instance (${randomUUID().slice(0, 8)}).`;
  await describe(editor, film.path, description);
  const moderator = await signedInPage(browser, "moderator");
  await moderator.goto(new URL(editor.url()).pathname);
  await moderator.getByRole("button", { name: "Approve" }).click();
  await expect(main(moderator).getByRole("status")).toContainText("Approved");

  // At once, with no retry.
  expect((await cachedFilmPage(b, film.path)).html).toContain(description);
  const unshared = await cachedFilmPage(c, film.path);
  expect(unshared.cache).toBe("HIT");
  expect(unshared.html).not.toContain(description);

  // A restarted instance starts with an empty cache: its first answer is fresh.
  await b.stop();
  const later = `A moderator's words while B was down (${randomUUID().slice(0, 8)}).`;
  await describe(moderator, film.path, later);
  b = await startAnotherInstance();
  expect((await cachedFilmPage(b, film.path)).html).toContain(later);
});

/** Writes a film's description from `writer`'s page (a moderator's own edit applies at once). */
async function describe(writer: Page, filmPath: string, description: string) {
  await writer.goto(`${filmPath}/edit/description`);
  await writer.getByLabel("Description").fill(description);
  await writer.getByLabel("Edit summary").fill("A description");
  await writer.getByRole("button", { name: "Save Changes" }).click();
  await expect(writer).toHaveURL(/\/submissions\/\d+\?saved=1$/);
}
