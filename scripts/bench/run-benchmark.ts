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
import { parseBenchArguments, type BenchOptions } from "./http/arguments.ts";
import { buildCase } from "./http/cases.ts";
import { measure, measureEdit, soak } from "./http/measure.ts";
import { MemorySampler } from "./http/memory.ts";
import { prepare } from "./http/prepare.ts";
import { medianRounds, withRatios, type MeasuredCase } from "./http/result.ts";
import { resetRuntimeCache } from "../lib/runtime-cache.ts";
import { startServer, type RunningServer } from "./http/server.ts";
import { summariseMemory } from "./http/stats.ts";
import { formatMemory, formatResultsTable, formatSoak, formatTargets } from "./http/table.ts";
import { judgeTargets } from "./http/targets.ts";

type Running = { database?: BenchDatabase; client?: pg.Client; server?: RunningServer; sampler?: MemorySampler };

async function run(options: BenchOptions, running: Running): Promise<void> {
  const manifest = await readManifest();
  buildIfStale(ROOT);
  running.database = await openBenchDatabase(BENCH_DATA_DIR);
  const { url, description } = running.database;
  running.client = new pg.Client({ connectionString: url });
  // embedded-postgres stops the database on a signal by itself, ending this connection: no error.
  running.client.on("error", () => {});
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

  const rounds: MeasuredCase[][] = [];
  for (let round = 1; round <= options.rounds; round++) {
    if (options.rounds > 1) console.log(`Round ${round} of ${options.rounds}:`);
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
    rounds.push(measured);
  }
  const soaked = options.soak === null ? null : await soak(origin, options.soak, context, running.sampler);
  await running.sampler.stop();

  const results = withRatios(medianRounds(rounds));
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

let stopping: Promise<void> | undefined;

/** Stops what the run started, once, whether it ended, failed or was interrupted. */
function stopAll(running: Running): Promise<void> {
  stopping ??= stopEverything(running);
  return stopping;
}

async function stopEverything(running: Running): Promise<void> {
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
