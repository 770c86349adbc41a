import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { gunzipSync } from "node:zlib";
import pg from "pg";
import { expect, test } from "./fixtures";
import { newFilm, signedInPage } from "./support/cached-pages";
import { checkHtml, formatHtmlErrors } from "./support/html-checker";

const root = path.resolve(import.meta.dirname, "../..");
const port = Number(process.env.E2E_PORT ?? 3100);
// The e2e server's own data folder (playwright.config.ts), so `npm run dump` reads its database.
const dataDir = `.data/e2e-${port}`;
const bangumiVersion = (
  JSON.parse(readFileSync(path.join(root, "node_modules/bangumi-data/package.json"), "utf8")) as { version: string }
).version;

/** The running e2e server's embedded database, as command-line tools find it. */
function databaseUrl(): string {
  const pid = readFileSync(path.join(root, dataDir, "postgres/postmaster.pid"), "utf8");
  return `postgresql://keyframe:keyframe@127.0.0.1:${pid.split("\n")[3]!.trim()}/keyframe`;
}

test("/about states Keyframe's licences, what they ask of reusers, and its sources", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("contentinfo").getByRole("link", { name: "About Keyframe" }).click();
  await expect(page).toHaveURL(/\/about$/);
  const main = page.getByRole("main");
  await expect(main.getByRole("heading", { name: "Licences", level: 2 })).toBeVisible();
  await expect(main.getByRole("link", { name: "Open Data Commons Open Database License 1.0" })).toHaveAttribute(
    "href",
    "https://opendatacommons.org/licenses/odbl/1-0/",
  );
  await expect(
    main.getByRole("link", { name: "Creative Commons Attribution-ShareAlike 4.0 International" }),
  ).toHaveAttribute("href", "https://creativecommons.org/licenses/by-sa/4.0/");
  await expect(main.getByText("Attribution.", { exact: true })).toBeVisible();
  await expect(main.getByText("Share alike.", { exact: true })).toBeVisible();
  const sources = main.getByRole("heading", { name: "Sources" }).locator("xpath=following-sibling::ul[1]");
  await expect(sources.getByRole("listitem").first()).toContainText(
    `bangumi-data ${bangumiVersion}, under the Creative Commons Attribution 4.0 International (CC BY 4.0)`,
  );
  await expect(sources.getByRole("link", { name: "bangumi-data" })).toHaveAttribute(
    "href",
    "https://github.com/bangumi-data/bangumi-data",
  );
  await expect(sources).toContainText("The wiki page about Memories (1995)");
  await expect(main.getByRole("link", { name: "/dumps" })).toHaveAttribute("href", "/dumps");
  await expect(main.getByRole("link", { name: "/api/v1/films/memories" })).toBeVisible();

  await page.getByRole("contentinfo").getByRole("link", { name: "Data dumps" }).click();
  await expect(page).toHaveURL(/\/dumps$/);
  await expect(page.getByRole("heading", { name: "Data dumps", level: 1 })).toBeVisible();
});

test("/about is a cached page of valid HTML", async ({ request }) => {
  await request.get("/about");
  const response = await request.get("/about");
  expect(response.status()).toBe(200);
  expect(response.headers()["x-nextjs-cache"]).toBe("HIT");
  const errors = await checkHtml([{ url: "/about", html: await response.text() }]);
  expect(errors, formatHtmlErrors(errors)).toEqual([]);
});

test("an imported work credits its source at the foot of its page and in its JSON", async ({
  browser,
  page,
  request,
}) => {
  const film = await newFilm(browser);
  const slug = film.path.split("/").at(-1)!;
  // What the importer leaves for a work it imported.
  const client = new pg.Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    await client.query(
      `INSERT INTO "ImportedWork" (source, key, "filmId", values, version, "updatedAt")
       SELECT 'bangumi-data', $1, id, '{}', $2, now() FROM "Film" WHERE slug = $1`,
      [slug, bangumiVersion],
    );
  } finally {
    await client.end();
  }
  // An import runs outside the site, whose cache a restart empties; here an edit to the work
  // expires its page, as any approval does.
  const admin = await signedInPage(browser, "admin");
  await admin.goto(`${film.path}/edit/description`);
  await admin.getByLabel("Description").fill("Imported, then described.");
  await admin.getByLabel("Edit summary").fill("A description");
  await admin.getByRole("button", { name: "Save Changes" }).click();
  await expect(admin).toHaveURL(/\/submissions\/\d+\?saved=1$/);

  await page.goto(film.path);
  const credit = page.getByRole("article").getByText(/^Includes data from/);
  await expect(credit).toHaveText(`Includes data from bangumi-data ${bangumiVersion} (CC BY 4.0).`);
  await expect(credit.getByRole("link", { name: "bangumi-data" })).toHaveAttribute(
    "href",
    "https://github.com/bangumi-data/bangumi-data",
  );
  await expect(credit.getByRole("link", { name: "CC BY 4.0" })).toHaveAttribute(
    "href",
    "https://creativecommons.org/licenses/by/4.0/",
  );
  const json = await request.get(`/api/v1/films/${slug}`);
  expect(json.headers()["link"]).toContain('<https://opendatacommons.org/licenses/odbl/1-0/>; rel="license"');
  expect(((await json.json()) as { sources: unknown[] }).sources).toContainEqual({
    name: "bangumi-data",
    url: "https://github.com/bangumi-data/bangumi-data",
    licence: "CC BY 4.0",
    licenceUrl: "https://creativecommons.org/licenses/by/4.0/",
    version: bangumiVersion,
  });
});

test("npm run dump publishes the catalogue at /dumps", async ({ page, request }) => {
  test.setTimeout(120_000);
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", "scripts/dump.ts"],
    { cwd: root, env: { ...process.env, KEYFRAME_DATA_DIR: dataDir, DATABASE_URL: "" } },
  );
  expect(stdout).toMatch(/Dump written in [\d.]+ s: [\d,]+ works?, /);

  await page.goto("/dumps");
  const date = new Date().toISOString().slice(0, 10);
  const dumpLink = page.getByRole("link", { name: `keyframe-${date}.jsonl.gz` });
  await expect(dumpLink).toHaveAttribute("href", `/dumps/keyframe-${date}.jsonl.gz`);
  await expect(page.getByRole("link", { name: `keyframe-${date}.json`, exact: true })).toBeVisible();
  await expect(page.getByRole("main").getByRole("link", { name: "ODbL 1.0" })).toBeVisible();
  const errors = await checkHtml([{ url: "/dumps", html: await page.content() }]);
  expect(errors, formatHtmlErrors(errors)).toEqual([]);

  const header = (await (await request.get(`/dumps/keyframe-${date}.json`)).json()) as {
    counts: Record<string, number>;
    bytes: number;
    sha256: string;
  };
  const dump = await request.get(`/dumps/keyframe-${date}.jsonl.gz`);
  expect(dump.headers()["content-type"]).toBe("application/gzip");
  // Next sends a route's body chunked, without its Content-Length (lib/dumps/serve.ts): the header's
  // size and checksum are how a download is checked.
  const bytes = await dump.body();
  expect(bytes.byteLength).toBe(header.bytes);
  expect(createHash("sha256").update(bytes).digest("hex")).toBe(header.sha256);
  const lines = gunzipSync(bytes)
    .toString("utf8")
    .trimEnd()
    .split("\n")
    .map((line) => JSON.parse(line) as { type: string; entry: { slug: string } });
  expect(lines).toHaveLength(Object.values(header.counts).reduce((sum, count) => sum + count, 0));
  expect(lines.some((line) => line.type === "film" && line.entry.slug === "memories")).toBe(true);

  expect((await request.get("/dumps/..%2Fauth-secret")).status()).toBe(404);
  expect((await request.get(`/dumps/keyframe-${date}.jsonl`)).status()).toBe(404);
});
