import { randomUUID } from "node:crypto";
import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { DEV_PASSWORD, expectSignedInAs, signIn } from "./support/accounts";
import { newFilm } from "./support/cached-pages";

// Edits here go to Akira and Neo-Tokyo; Memories' seeded history is only read.
const main = (page: Page) => page.getByRole("main");
const rowOf = (page: Page, number: number) =>
  page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: `#${number}`, exact: true }) });

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
}

/** A browser of its own, signed in as one of the development users. */
async function signedIn(browser: Browser, username: string, options: { javaScriptEnabled?: boolean } = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await page.goto("/sign-in");
  await signIn(page, username, DEV_PASSWORD);
  await expectSignedInAs(page, username);
  return page;
}

/** An admin's edit of a film's deck, approved at once; answers the deck it replaced. */
async function replaceDeck(page: Page, slug: string, deck: string, summary: string) {
  await page.goto(`/films/${slug}/edit/description`);
  const original = await page.getByLabel("Deck", { exact: true }).inputValue();
  await page.getByLabel("Deck", { exact: true }).fill(deck);
  await page.getByLabel("Edit summary").fill(summary);
  await page.getByRole("button", { name: "Save Changes" }).click();
  await expect(page).toHaveURL(/\/submissions\/\d+\?saved=1$/);
  return original;
}

test("the history of Memories lists its seeded and imported revisions, newest first", async ({ page }) => {
  await page.goto("/films/memories/history");
  await expect(page).toHaveTitle("History of Memories — Keyframe");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("History of Memories");
  const rows = main(page).getByRole("row");
  // Five from the seed, then what the first start's import of bangumi-data added (its Chinese
  // title and where to watch it); the import found Memories by its links and added no second work.
  await expect(rows).toHaveCount(8);
  await expect(page.getByRole("rowheader")).toHaveText(["#7", "#6", "#5", "#4", "#3", "#2", "#1"]);
  await expect(rowOf(page, 7)).toContainText("Where to watch");
  await expect(rowOf(page, 6)).toContainText("Imported from bangumi-data 0.3.208");
  await expect(rowOf(page, 1)).toContainText("Description");
  await expect(rowOf(page, 3)).toContainText("Staff");
  await expect(rowOf(page, 5)).toContainText("Imported from the original wiki page");
  const author = rowOf(page, 2).getByRole("link", { name: "Mandatory Network" });
  await expect(author).toHaveAttribute("href", "/users/mandatory-network");
  await expect(rowOf(page, 2).locator("time")).toHaveAttribute("datetime", /^\d{4}-\d\d-\d\dT/);
  await expect(page.getByRole("link", { name: /Revert to this/ })).toHaveCount(0);
  // Each seeded revision is of its own section: none can be compared with the newest, so From is
  // left empty and comparing shows what the newest changed.
  await expect(page.getByRole("radio", { name: /^From revision/, checked: true })).toHaveCount(0);
  await expect(page.getByRole("radio", { name: "To revision #7" })).toBeChecked();
  await expect(rowOf(page, 3).getByRole("link", { name: "changes made by revision #3" })).toHaveAttribute(
    "href",
    /^\/films\/memories\/history\/compare\?to=\d+$/,
  );
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: "Memories", exact: true }).click();
  await expect(page).toHaveURL("/films/memories");
});

test.describe("pages that are not there", () => {
  test.use({ expectedConsoleErrors: [/status of 404/] });

  test("an unknown film has no history", async ({ page }) => {
    for (const path of ["/films/no-such-film/history", "/films/no-such-film/history/compare?from=1&to=2"]) {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Film not found");
    }
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("compare two revisions of one section, and be told why others cannot be", async ({ page, browser }) => {
    const admin = await signedIn(browser, "admin", { javaScriptEnabled: false });
    const deck = `Three stories from the labyrinth of a little girl's dreams (${randomUUID().slice(0, 8)}).`;
    const original = await replaceDeck(admin, "neo-tokyo", deck, "Deck from the sleeve");
    await admin.context().close();

    await page.goto("/films/neo-tokyo/history");
    await expect(page.getByRole("rowheader")).toHaveText(["#2", "#1"]);
    await expect(rowOf(page, 2)).toContainText("Deck from the sleeve");
    // An admin's edit is approved at once, by the admin.
    await expect(rowOf(page, 2).getByRole("link", { name: "admin", exact: true })).toHaveCount(2);
    await page.getByRole("button", { name: "Compare selected revisions" }).click();
    await expect(page).toHaveURL(/\/films\/neo-tokyo\/history\/compare\?(?=.*\bfrom=\d+)(?=.*\bto=\d+)/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Compare revisions of Neo-Tokyo");
    const diff = main(page).getByRole("table");
    await expect(diff.getByRole("columnheader")).toHaveText(["Field", "Revision #1", "Revision #2"]);
    const deckRow = diff.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Deck" }) });
    await expect(deckRow.getByRole("cell").nth(0)).toHaveText(original);
    await expect(deckRow.getByRole("cell").nth(1)).toHaveText(deck);
    await expect(deckRow.locator("ins").first()).toBeVisible();

    await page.goto("/films/memories/history");
    await page.getByRole("radio", { name: "From revision #3" }).check();
    await page.getByRole("radio", { name: "To revision #1" }).check();
    await page.getByRole("button", { name: "Compare selected revisions" }).click();
    await expect(main(page)).toContainText(
      "These revisions change different sections (Staff and Description). Only revisions of the same section can be compared.",
    );

    await page.goBack();
    await page.getByRole("radio", { name: "From revision #3" }).check();
    await page.getByRole("radio", { name: "To revision #3" }).check();
    await page.getByRole("button", { name: "Compare selected revisions" }).click();
    await expect(main(page)).toContainText("From and To are the same revision.");

    // A row's changes: the staff list's first revision, beside the section before it.
    await page.goto("/films/memories/history");
    await rowOf(page, 3).getByRole("link", { name: "changes made by revision #3" }).click();
    await expect(main(page).getByRole("columnheader")).toHaveText(["Field", "Before revision #3", "Revision #3"]);
    await expect(main(page).getByRole("row").filter({ hasText: "Yoko Kanno — Music (Magnetic Rose)" })).toBeVisible();
    const credits = /to=(\d+)/.exec(page.url())![1];

    // From newer than To is refused, with the way round that works.
    await page.goto("/films/neo-tokyo/history");
    await page.getByRole("radio", { name: "From revision #2" }).check();
    await page.getByRole("radio", { name: "To revision #1" }).check();
    await page.getByRole("button", { name: "Compare selected revisions" }).click();
    await expect(main(page)).toContainText("From is newer than To.");
    await main(page).getByRole("link", { name: "Compare them the other way round" }).click();
    await expect(main(page).getByRole("columnheader")).toHaveText(["Field", "Revision #1", "Revision #2"]);

    for (const query of ["", "?from=abc&to=1", "?from=1", "?from=0&to=-1", "?from=999999&to=999998"]) {
      const response = await page.goto(`/films/memories/history/compare${query}`);
      expect(response?.status()).toBe(200);
      await expect(main(page).getByText(/Choose two revisions to compare|does not exist/)).toBeVisible();
    }
    await page.goto("/films/neo-tokyo/history");
    const neoTokyo = await page.getByRole("radio", { name: "To revision #2" }).getAttribute("value");
    await page.goto(`/films/memories/history/compare?from=${credits}&to=${neoTokyo}`);
    await expect(main(page)).toContainText("belongs to another film, not to Memories");
  });
});

test("a moderator reverts Akira's description to an earlier revision", async ({ page, browser }) => {
  const admin = await signedIn(browser, "admin");
  const summary = `Punchier deck ${randomUUID().slice(0, 8)}`;
  const original = await replaceDeck(admin, "akira", "A motorcycle gang meets a psychic weapon.", summary);
  await admin.context().close();

  const member = await signedIn(browser, "editor");
  await member.goto("/films/akira/history");
  await expect(member.getByRole("row").filter({ hasText: summary })).toBeVisible();
  await expect(member.getByRole("link", { name: /Revert to this/ })).toHaveCount(0);
  await member.context().close();

  await page.goto("/sign-in?callbackUrl=%2Ffilms%2Fakira%2Fhistory");
  await signIn(page, "moderator", DEV_PASSWORD);
  await expect(page).toHaveURL("/films/akira/history");
  const edit = page.getByRole("row").filter({ hasText: summary });
  const editNumber = Number((await edit.getByRole("rowheader").textContent())!.slice(1));
  await expect(edit.getByRole("link", { name: /Revert to this/ })).toHaveCount(0);
  await expect(edit).toContainText("Current");

  // Reverting asks first: what it will change, and why.
  await rowOf(page, 1).getByRole("link", { name: "Revert to this (revision #1)" }).click();
  await expect(page).toHaveURL(/\/films\/akira\/history\/revert\/\d+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Revert Description of Akira to revision #1");
  const preview = main(page).getByRole("table", { name: /now on the site and after the revert/ });
  const deckPreview = preview.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "Deck" }) });
  await expect(deckPreview.getByRole("cell")).toHaveText(["A motorcycle gang meets a psychic weapon.", original]);
  await page.getByRole("button", { name: "Revert" }).click();
  await expect(page.getByLabel("Reason for reverting")).toHaveAccessibleDescription(/Say why you are reverting/);
  await expect(page).toHaveURL(/\/history\/revert\/\d+$/);
  const reason = `The old deck was fuller ${randomUUID().slice(0, 8)}`;
  await page.getByLabel("Reason for reverting").fill(reason);
  await page.getByRole("button", { name: "Revert" }).click();
  await expect(page).toHaveURL(/\/films\/akira\/history\?reverted=\d+$/);
  await expect(main(page).getByRole("status")).toHaveText(
    `Reverted: revision #${editNumber + 1} restores Description as it was after revision #1.`,
  );
  await expect(rowOf(page, editNumber + 1)).toContainText("reverts #1");
  await expect(rowOf(page, editNumber + 1)).toContainText(`Reverted Description to revision #1: ${reason}`);
  await expect(
    rowOf(page, editNumber + 1)
      .getByRole("link", { name: "moderator" })
      .first(),
  ).toBeVisible();
  // The re-rendered page's metadata streams in after its body; check the page once it has all come.
  await expect(page).toHaveTitle(/Akira/);
  await expectNoAxeViolations(page);

  // By default the newest revision is compared with the one before it: the revert with the edit.
  await page.getByRole("button", { name: "Compare selected revisions" }).click();
  await expect(main(page).getByRole("columnheader")).toHaveText([
    "Field",
    `Revision #${editNumber}`,
    `Revision #${editNumber + 1}`,
  ]);
  const deck = main(page)
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name: "Deck" }) });
  await expect(deck.getByRole("cell").nth(1)).toHaveText(original);
  await expectNoAxeViolations(page);

  await page.goto("/films/akira");
  await expect(main(page).getByText(original, { exact: true }).first()).toBeVisible();
});

test("recent changes list every film's changes, newest first, with a feed", async ({ page }) => {
  await page.goto("/recent-changes");
  await expect(page).toHaveTitle("Recent changes — Keyframe");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Recent changes");
  const times = await main(page)
    .locator("time")
    .evaluateAll((nodes) => nodes.map((node) => node.getAttribute("datetime")!));
  expect(times).toEqual([...times].sort().reverse());
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute(
    "href",
    /\/recent-changes\/feed\.xml$/,
  );
  await expectNoAxeViolations(page);

  // Memories' seeded revisions are among the oldest changes; other tests' edits push them onto later
  // pages, so every page is read, following Older changes to the end.
  const memoriesRows: string[] = [];
  const staffLinks: string[] = [];
  for (let pages = 1; ; pages++) {
    const memories = main(page)
      .getByRole("row")
      .filter({ has: page.getByRole("link", { name: "Memories", exact: true }) });
    memoriesRows.push(...(await memories.allInnerTexts()));
    const staff = memories.filter({ hasText: "Staff" }).getByRole("link", { name: "#3" });
    if ((await staff.count()) > 0) staffLinks.push((await staff.getAttribute("href"))!);
    const older = main(page).getByRole("link", { name: "Older changes" });
    if ((await older.count()) === 0 || pages === 50) break;
    await page.goto((await older.getAttribute("href"))!);
  }
  // The seed's five and the two the first start's import added.
  expect(memoriesRows).toHaveLength(7);
  expect(memoriesRows[0]).toContain("bangumi-data importer");
  expect(memoriesRows[2]).toContain("Mandatory Network");
  expect(staffLinks).toEqual([expect.stringMatching(/^\/films\/memories\/history#revision-\d+$/)]);
});

test("the feed of recent changes is valid Atom", async ({ browser, page, request }) => {
  // The feed holds the newest changes only, so it is read after a change of this test's own.
  const film = await newFilm(browser);
  const response = await request.get("/recent-changes/feed.xml");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toMatch(/^application\/atom\+xml/);
  const xml = await response.text();
  await page.goto("/");
  const feed = await page.evaluate((text) => {
    const document = new DOMParser().parseFromString(text, "application/xml");
    const atom = "http://www.w3.org/2005/Atom";
    const entries = [...document.getElementsByTagNameNS(atom, "entry")];
    return {
      error: document.getElementsByTagName("parsererror").length > 0,
      root: `${document.documentElement.namespaceURI} ${document.documentElement.localName}`,
      title: document.documentElement.getElementsByTagNameNS(atom, "title")[0]?.textContent,
      entries: entries.map((entry) => ({
        title: entry.getElementsByTagNameNS(atom, "title")[0]?.textContent ?? "",
        link: entry.getElementsByTagNameNS(atom, "link")[0]?.getAttribute("href") ?? "",
        updated: entry.getElementsByTagNameNS(atom, "updated")[0]?.textContent ?? "",
        author: entry.getElementsByTagNameNS(atom, "author")[0]?.textContent ?? "",
      })),
    };
  }, xml);
  expect(feed.error).toBe(false);
  expect(feed.root).toBe("http://www.w3.org/2005/Atom feed");
  expect(feed.title).toBe("Keyframe: recent changes");
  expect(feed.entries.length).toBeGreaterThan(0);
  expect(feed.entries.length).toBeLessThanOrEqual(50);
  expect(feed.entries).toContainEqual(
    expect.objectContaining({
      title: expect.stringMatching(new RegExp(`^${film.title}: .+, revision #1$`)),
      link: expect.stringMatching(new RegExp(`^https?://[^/]+${film.path}/history#revision-\\d+$`)),
      author: expect.stringContaining("admin"),
    }),
  );
  const updated = feed.entries.map((entry) => entry.updated);
  expect(updated).toEqual([...updated].sort().reverse());
});
