// `npm run bench`: the production build against the benchmark catalogue (`npm run bench:data`),
// measured with autocannon case by case: the two ceilings (a static file, the prerendered /about),
// the film page cached and uncached, the person, search, moderation queue and list pages, and
// posting an edit. Prints a table with the targets of issue #8 and writes JSON (reports/bench.json).
import { randomBytes } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { buildIfStale } from "../lib/build.ts";
import { findFreePort } from "../lib/embedded-postgres.ts";
import { exitWith, StartupError } from "../lib/fail.ts";
import { BENCH_DATA_DIR, readManifest, ROOT } from "./bench-files.ts";
import { openBenchDatabase, type BenchDatabase } from "./catalogue/database.ts";
import type { CatalogueManifest } from "./catalogue/manifest.ts";
import { parseBenchArguments, type BenchOptions } from "./http/arguments.ts";
import { buildCase, type CaseContext } from "./http/cases.ts";
import { multipartBody, parsePostForm, withValues } from "./http/edit-form.ts";
import { runLoad, type LoadCase } from "./http/load.ts";
import { MemorySampler } from "./http/memory.ts";
import { withRatios, type CaseId, type MeasuredCase } from "./http/result.ts";
import { resetRuntimeCache, startServer, type RunningServer } from "./http/server.ts";
import { signedInCookie } from "./http/session.ts";
import { soakVerdict, summariseLatencies, summariseMemory } from "./http/stats.ts";
import { formatMemory, formatResultsTable, formatSoak, formatTargets } from "./http/table.ts";
import { judgeTargets } from "./http/targets.ts";

const WARM_UP_REQUESTS = 5;
// Every generated user has the development password; these are the seed's own accounts.
const READER = "editor";
const MODERATOR = "moderator";

type Running = { database?: BenchDatabase; client?: pg.Client; server?: RunningServer; sampler?: MemorySampler };

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

async function prepare(
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
  if (needs(options, "edit")) context.edit = await prepareEdit(origin, context.cookies.reader!, editedFilm(manifest));
  return context;
}

/** A few requests before measuring (they render and cache what the case reads); the last one's cache header. */
async function warmUp(origin: string, loadCase: LoadCase, times: number): Promise<string | null> {
  let cache: string | null = null;
  for (let index = 0; index < times; index += 1) {
    const response = await fetch(`${origin}${loadCase.nextPath?.() ?? loadCase.path}`, {
      method: loadCase.method ?? "GET",
      headers: loadCase.headers,
      body: loadCase.body && new Uint8Array(loadCase.body),
      redirect: "manual",
    });
    await response.arrayBuffer();
    if (response.status !== loadCase.expectedStatus) {
      console.warn(`  warning: ${loadCase.title} answered ${response.status} while warming up`);
    }
    cache = response.headers.get("x-nextjs-cache");
  }
  return cache;
}

const describeCounts = (counts: Record<string, number>) =>
  Object.entries(counts)
    .map(([key, count]) => `${key} ${count}`)
    .join(", ");

async function measure(origin: string, loadCase: LoadCase, seconds: number, sampler: MemorySampler) {
  // Posting an edit creates a submission each time; warm it once.
  const warmedCache = await warmUp(origin, loadCase, loadCase.method === "POST" ? 1 : WARM_UP_REQUESTS);
  const outcome = await runLoad(origin, loadCase, seconds);
  const responses = outcome.latencies.length;
  const expected = outcome.statuses[String(loadCase.expectedStatus)] ?? 0;
  const tracked = Object.keys(outcome.cacheHeaders);
  const measured: MeasuredCase = {
    id: loadCase.id,
    title: loadCase.title,
    path: loadCase.path,
    connections: loadCase.connections,
    seconds: outcome.seconds,
    requests: responses,
    requestsPerSecond: responses / outcome.seconds,
    latencyMs: summariseLatencies(outcome.latencies),
    errors: outcome.errors,
    unexpected: responses - expected,
    statuses: outcome.statuses,
    cache: tracked.length === 1 ? tracked[0]! : tracked.length > 1 ? describeCounts(outcome.cacheHeaders) : warmedCache,
    rssMbAtEnd: (await sampler.sample()).rssMb,
    notes: [],
  };
  if (loadCase.trackCache && (outcome.cacheHeaders.HIT ?? 0) > 0) {
    measured.notes.push(`${outcome.cacheHeaders.HIT} responses came from the cache: not every request rendered`);
  }
  return measured;
}

/** Counts the submissions the edit case makes, then removes them, so every run starts from the same queue. */
async function measureEdit(
  origin: string,
  loadCase: LoadCase,
  seconds: number,
  sampler: MemorySampler,
  client: pg.Client,
) {
  const { rows } = await client.query<{ max: number; reader: number }>(
    `SELECT coalesce(max(id), 0)::int AS max, (SELECT id FROM "User" WHERE username = $1) AS reader FROM "Submission"`,
    [READER],
  );
  const { max, reader } = rows[0]!;
  const measured = await measure(origin, loadCase, seconds, sampler);
  const created = await client.query(`DELETE FROM "Submission" WHERE id > $1 AND "authorId" = $2`, [max, reader]);
  await client.query(`DELETE FROM "RateLimitEvent" WHERE key = $1`, [`submission:user:${reader}`]);
  const accepted = (measured.statuses["303"] ?? 0) + 1;
  const made = created.rowCount ?? 0;
  measured.notes.push(
    `${made} submissions created for ${accepted} posts answered 303, warm-up included (removed again)`,
  );
  // Posts still in flight when the time is up are made but never answered: up to one per connection.
  if (made < accepted || made > accepted + loadCase.connections) {
    measured.notes.push("MISMATCH: the posts answered 303 and the submissions made do not agree");
  }
  return measured;
}

async function soak(origin: string, seconds: number, context: CaseContext, sampler: MemorySampler) {
  const loadCase = buildCase("film-cached", context);
  await warmUp(origin, loadCase, WARM_UP_REQUESTS);
  const from = sampler.elapsed();
  console.log(`\nSoak: the cached film page for ${seconds} s at ${loadCase.connections} connections…`);
  const outcome = await runLoad(origin, loadCase, seconds);
  const samples = sampler.since(from);
  return {
    seconds,
    connections: loadCase.connections,
    requests: outcome.latencies.length,
    requestsPerSecond: outcome.latencies.length / outcome.seconds,
    latencyMs: summariseLatencies(outcome.latencies),
    errors: outcome.errors,
    statuses: outcome.statuses,
    verdict: soakVerdict(samples),
    samples,
  };
}

async function run(options: BenchOptions, running: Running): Promise<void> {
  const manifest = await readManifest();
  buildIfStale(ROOT);
  running.database = await openBenchDatabase(BENCH_DATA_DIR);
  const { url, description } = running.database;
  running.client = new pg.Client({ connectionString: url });
  await running.client.connect();
  await resetRuntimeCache(ROOT);
  const port = options.port ?? (await findFreePort());
  const secret = randomBytes(32).toString("base64url");
  const logFile = path.join(BENCH_DATA_DIR, "next-server.log");
  running.server = await startServer({
    root: ROOT,
    port,
    logFile,
    env: {
      DATABASE_URL: url,
      NEXTAUTH_SECRET: secret,
      NEXTAUTH_URL: `http://127.0.0.1:${port}`,
      KEYFRAME_MEDIA_DIR: path.join(BENCH_DATA_DIR, "media"),
      // The edit case posts far more than a person would in an hour.
      SUBMISSIONS_PER_HOUR: "100000000",
    },
  });
  const { origin } = running.server;
  const startedAt = new Date();
  const loadAverage = os.loadavg();
  console.log(`Database: ${description}; catalogue at scale ${manifest.scale}`);
  console.log(`Server: next start at ${origin} (log: ${path.relative(ROOT, logFile)})`);
  console.log(
    `Machine: ${os.cpus().length} cores, load average ${loadAverage.map((value) => value.toFixed(2)).join(" ")}\n`,
  );
  running.sampler = new MemorySampler(running.server.pid);
  await running.sampler.start();
  const context = await prepare(options, manifest, running.client, origin, secret);

  const measured: MeasuredCase[] = [];
  for (const id of options.cases) {
    const loadCase = buildCase(id, context);
    process.stdout.write(`  ${loadCase.title}, ${loadCase.connections} × ${options.duration} s… `);
    const result =
      id === "edit"
        ? await measureEdit(origin, loadCase, options.duration, running.sampler, running.client)
        : await measure(origin, loadCase, options.duration, running.sampler);
    console.log(`${result.requestsPerSecond.toFixed(1)} req/s${result.notes.map((note) => `; ${note}`).join("")}`);
    measured.push(result);
  }
  const soaked = options.soak === null ? null : await soak(origin, options.soak, context, running.sampler);
  await running.sampler.stop();

  const results = withRatios(measured);
  const verdicts = judgeTargets(results);
  const memory = summariseMemory(running.sampler.samples);
  console.log(`\n${formatResultsTable(results, verdicts)}\n`);
  if (verdicts.length > 0) console.log(`Targets:\n${formatTargets(verdicts, results)}\n`);
  console.log(formatMemory(memory));
  if (soaked) console.log(formatSoak(soaked.seconds, soaked.verdict));

  const out = path.resolve(ROOT, options.out);
  await mkdir(path.dirname(out), { recursive: true });
  const report = {
    startedAt: startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    machine: {
      cores: os.cpus().length,
      memoryGb: Math.round(os.totalmem() / 2 ** 30),
      loadAverageAtStart: loadAverage,
      node: process.version,
    },
    catalogue: { scale: manifest.scale, counts: manifest.counts },
    options,
    cases: results,
    targets: verdicts,
    memory: { ...memory, samples: running.sampler.samples },
    soak: soaked,
  };
  await writeFile(out, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nJSON: ${path.relative(ROOT, out)}`);
}

async function stopAll(running: Running): Promise<void> {
  await running.sampler?.stop().catch(() => {});
  await running.server?.stop();
  // Nothing of the benchmark catalogue stays cached for the next server started from this build.
  await resetRuntimeCache(ROOT);
  await running.client?.end().catch(() => {});
  await running.database?.close();
}

async function main(): Promise<void> {
  const parsed = parseBenchArguments(process.argv.slice(2));
  if (!parsed.ok) throw new StartupError(parsed.message);
  const running: Running = {};
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => void stopAll(running).finally(() => process.exit(130)));
  }
  try {
    await run(parsed.options, running);
  } finally {
    await stopAll(running);
  }
}

main().catch(exitWith);
