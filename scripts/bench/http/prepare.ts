import type pg from "pg";
import { StartupError } from "../../lib/fail";
import type { CatalogueManifest } from "../catalogue/manifest";
import type { BenchOptions } from "./arguments";
import type { CaseContext, FreshPaths } from "./cases";
import { multipartBody, parsePostForm, withValues } from "./edit-form";
import type { CaseId } from "./result";
import { signedInCookie } from "./session";

// Every generated user has the development password; these are the seed's own accounts.
export const READER = "editor";
const MODERATOR = "moderator";
/** Requests before each case is measured (they render and cache what it reads). */
export const WARM_UP_REQUESTS = 5;

/** The fullest seasons the uncached season case asks for, each once: about 26 years of the real catalogue. */
const SEASONS_MEASURED = 105;

const needs = (options: BenchOptions, ...ids: CaseId[]) => ids.some((id) => options.cases.includes(id));

/** Films no one has asked this server for (its cache starts empty), in id order, one per request. */
async function freshFilmSlugs(client: pg.Client, manifest: CatalogueManifest, count: number): Promise<() => string> {
  const taken = [manifest.bigFilm.slug, ...manifest.samples.films];
  const { rows } = await client.query<{ slug: string }>(
    `SELECT slug FROM "Film" WHERE slug <> ALL($1::text[]) ORDER BY id LIMIT $2`,
    [taken, count],
  );
  if (rows.length === 0) throw new StartupError("The benchmark catalogue has no films to request uncached.");
  let next = 0;
  return () => rows[next++ % rows.length]!.slug;
}

/**
 * The seasons that have works, the fullest first (the real catalogue's recent seasons with the
 * synthetic set's works on top), at most `limit`, each as a page's address, one per request; with
 * `byFormat`, the first page of each season's formats instead, the fullest first.
 */
async function freshSeasons(client: pg.Client, limit: number, byFormat = false): Promise<FreshPaths> {
  const format = byFormat ? `|| '/' || lower(format::text)` : "";
  const { rows } = await client.query<{ path: string }>(
    `SELECT '/seasons/' || "seasonYear" || '/' || lower(season::text) ${format} AS path FROM "Film"
     WHERE season IS NOT NULL GROUP BY "seasonYear", season${byFormat ? ", format" : ""}
     ORDER BY count(*) DESC, "seasonYear" DESC LIMIT $1`,
    [limit],
  );
  if (rows.length <= WARM_UP_REQUESTS) {
    throw new StartupError(`The benchmark catalogue has ${rows.length} seasons with works: too few to measure.`);
  }
  let next = 0;
  return { next: () => rows[next++ % rows.length]!.path, count: rows.length };
}

/** The film whose description the edit case proposes to change: one no other case reads. */
const editedFilm = (manifest: CatalogueManifest) => manifest.samples.films.at(-1) ?? manifest.bigFilm.slug;

/** The description form as its page serves it to the reader, with a changed description and a summary. */
async function prepareEdit(origin: string, cookie: string, slug: string): Promise<NonNullable<CaseContext["edit"]>> {
  const pagePath = `/films/${slug}/edit/description`;
  const response = await fetch(`${origin}${pagePath}`, { headers: { cookie }, redirect: "manual" });
  if (response.status !== 200) throw new StartupError(`${pagePath} answered ${response.status}, not the edit form.`);
  const fields = parsePostForm(await response.text(), "summary");
  const description = fields.find((field) => field.name === "description")?.value ?? "";
  const { body, contentType } = multipartBody(
    withValues(fields, {
      summary: "Benchmark edit",
      description: `${description}\n\nProposed by npm run bench.`,
    }),
  );
  return { path: pagePath, body, contentType, origin };
}

/** What the chosen cases need: session cookies, fresh film slugs, the edit form. */
export async function prepare(
  options: BenchOptions,
  manifest: CatalogueManifest,
  client: pg.Client,
  origin: string,
  secret: string,
) {
  const context: CaseContext = { manifest, connections: options.connections, cookies: {} };
  if (needs(options, "film-cached-signed-in", "edit")) {
    context.cookies.reader = await signedInCookie({ client, origin, secret, username: READER });
  }
  if (needs(options, "queue-first", "queue-last")) {
    context.cookies.moderator = await signedInCookie({ client, origin, secret, username: MODERATOR });
  }
  // Generously more than one connection can render in the time, at a millisecond each.
  if (needs(options, "film-uncached")) {
    context.freshFilmSlug = await freshFilmSlugs(client, manifest, options.duration * 1000 + WARM_UP_REQUESTS);
  }
  if (needs(options, "season-uncached")) context.freshSeasons = await freshSeasons(client, SEASONS_MEASURED);
  if (needs(options, "season-format-uncached")) {
    context.freshSeasonFormats = await freshSeasons(client, SEASONS_MEASURED, true);
  }
  if (needs(options, "edit")) context.edit = await prepareEdit(origin, context.cookies.reader!, editedFilm(manifest));
  return context;
}
