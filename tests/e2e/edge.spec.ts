import { randomUUID } from "node:crypto";
import { expect, test } from "./fixtures";
import { edgeUrl } from "./support/edge-global-setup";
import { main, newFilm, signedInPage } from "./support/cached-pages";

/** A read through Varnish, as a browser with these cookies would make it. */
async function throughEdge(path: string, cookie?: string) {
  const response = await fetch(`${edgeUrl()}${path}`, {
    headers: cookie ? { Cookie: cookie } : {},
    redirect: "manual",
  });
  return {
    status: response.status,
    body: await response.text(),
    cache: response.headers.get("x-cache"),
    cacheControl: response.headers.get("cache-control") ?? "",
    age: Number(response.headers.get("age")),
  };
}

test("Varnish keeps a film page until an approval purges it, and then has the new text at once", async ({
  browser,
}) => {
  const film = await newFilm(browser);
  const first = await throughEdge(film.path);
  expect(first.body).toContain("Nobody has described");
  expect(first.cacheControl).toMatch(/s-maxage=/);
  const again = await throughEdge(film.path);
  expect(again.cache).toBe("HIT");
  expect(again.body).toBe(first.body);

  const description = `Read through the edge at once (${randomUUID().slice(0, 8)}).`;
  const editor = await signedInPage(browser, "editor");
  await editor.goto(`${film.path}/edit/description`);
  await editor.getByLabel("Description").fill(description);
  await editor.getByLabel("Edit summary").fill("A description");
  await editor.getByRole("button", { name: "Save Changes" }).click();
  await expect(editor).toHaveURL(/\/submissions\/\d+\?saved=1$/);
  const submission = new URL(editor.url()).pathname;
  // Pending: the edge keeps the page as it is.
  expect(await throughEdge(film.path)).toMatchObject({ cache: "HIT", body: first.body });

  const moderator = await signedInPage(browser, "moderator");
  await moderator.goto(submission);
  await moderator.getByRole("button", { name: "Approve" }).click();
  await expect(main(moderator).getByRole("status")).toContainText("Approved");

  const after = await throughEdge(film.path);
  expect(after.cache).toBe("MISS");
  expect(after.body).toContain(description);
  expect((await throughEdge(film.path)).cache).toBe("HIT");
});

test("a signed-in reader is never answered from Varnish nor stored in it", async ({ browser }) => {
  const film = await newFilm(browser);
  const editor = await signedInPage(browser, "editor");
  const cookie = (await editor.context().cookies()).map(({ name, value }) => `${name}=${value}`).join("; ");

  expect((await throughEdge(film.path, cookie)).cache).toBe("MISS");
  expect((await throughEdge(film.path, cookie)).cache).toBe("MISS");
  // Nothing the signed-in reads fetched was kept for others.
  expect((await throughEdge(film.path)).cache).toBe("MISS");
  expect((await throughEdge(film.path)).cache).toBe("HIT");
  expect((await throughEdge(film.path, cookie)).cache).toBe("MISS");

  const account = await throughEdge("/account", cookie);
  expect(account.status).toBe(200);
  expect(account.cacheControl).toMatch(/private|no-store/);
});

for (const path of ["/api/viewer", "/account", "/sign-in", "/search?q=memories", "/moderation", "/recent-changes"]) {
  test(`${path} is personal or per request: Varnish never keeps it`, async () => {
    const first = await throughEdge(path);
    expect(first.cacheControl).toMatch(/private|no-store/);
    expect((await throughEdge(path)).cache).toBe("MISS");
  });
}
