// `npm run bench`: the production build against the benchmark catalogue (`npm run bench:data`),
// measured with autocannon case by case: the two ceilings (a static file, the prerendered /about),
// the film page cached and uncached, the person, search, moderation queue and list pages, and
// posting an edit. Prints a table with the targets of issue #8 and writes JSON (reports/bench.json).
// With --node, the same build is served by each Node binary given, alternating round by round, and a
// table puts their numbers side by side.
import { execFileSync } from "node:child_process";
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
import { parseBenchArguments, type BenchOptions, type NodeBinary } from "./http/arguments.ts";
import { buildCase, type CaseContext } from "./http/cases.ts";
import { measure, measureEdit, soak } from "./http/measure.ts";
import { MemorySampler } from "./http/memory.ts";
import { prepare } from "./http/prepare.ts";
import { medianRounds, withRatios, type MeasuredCase } from "./http/result.ts";
import { resetRuntimeCache } from "../lib/runtime-cache.ts";
import { startServer, type RunningServer } from "./http/server.ts";
import { summariseMemory } from "./http/stats.ts";
import { formatMemory, formatNodeComparison, formatResultsTable, formatSoak, formatTargets } from "./http/table.ts";
import { judgeTargets } from "./http/targets.ts";

/** One `next start` of the build, under one Node, with what its cases need and what they measured. */
type Served = {
  /** What `--node` called this Node; null when the benchmark's own Node serves alone. */
  label: string | null;
  node: string;
  version: string;
  server: RunningServer;
  sampler: MemorySampler;
  context: CaseContext;
  rounds: MeasuredCase[][];
};

type Running = { database?: BenchDatabase; client?: pg.Client; servers: RunningServer[]; samplers: MemorySampler[] };

function nodeVersion(binary: NodeBinary): string {
  try {
    return execFileSync(binary.path, ["--version"], { encoding: "utf8" }).trim();
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    throw new StartupError(`--node ${binary.label}=${binary.path} does not run: ${reason}`);
  }
}

async function serve(
  options: BenchOptions,
  binary: NodeBinary | null,
  shared: { manifest: CatalogueManifest; client: pg.Client; url: string; secret: string },
  running: Running,
): Promise<Served> {
  const node = binary?.path ?? process.execPath;
  const version = binary ? nodeVersion(binary) : process.version;
  const port = options.port ?? (await findFreePort());
  const logFile = path.join(BENCH_DATA_DIR, binary ? `next-server-node-${binary.label}.log` : "next-server.log");
  const server = await startServer({
    root: ROOT,
    node,
    port,
    logFile,
    env: {
      DATABASE_URL: shared.url,
      NEXTAUTH_SECRET: shared.secret,
      NEXTAUTH_URL: `http://127.0.0.1:${port}`,
      KEYFRAME_MEDIA_DIR: path.join(BENCH_DATA_DIR, "media"),
      // The edit case posts far more than a person would in an hour.
      SUBMISSIONS_PER_HOUR: "100000000",
    },
  });
  running.servers.push(server);
  const under = binary ? `Node ${binary.label} (${version}, ${node})` : `Node ${version}`;
  console.log(`Server: next start at ${server.origin} under ${under} (log: ${path.relative(ROOT, logFile)})`);
  const sampler = new MemorySampler(server.pid);
  running.samplers.push(sampler);
  await sampler.start();
  const context = await prepare(options, shared.manifest, shared.client, server.origin, shared.secret);
  return { label: binary?.label ?? null, node, version, server, sampler, context, rounds: [] };
}

async function measureCases(options: BenchOptions, served: Served, client: pg.Client): Promise<MeasuredCase[]> {
  const { origin } = served.server;
  const measured: MeasuredCase[] = [];
  for (const id of options.cases) {
    const loadCase = buildCase(id, served.context);
    process.stdout.write(`  ${loadCase.title}, ${loadCase.connections} × ${options.duration} s… `);
    const result =
      id === "edit"
        ? await measureEdit(origin, loadCase, options.duration, served.sampler, client)
        : await measure(origin, loadCase, options.duration, served.sampler);
    console.log(`${result.requestsPerSecond.toFixed(1)} req/s${result.notes.map((note) => `; ${note}`).join("")}`);
    measured.push(result);
  }
  return measured;
}

/** Every Node runs the cases once a round; the order flips each round, so neither always goes first. */
async function runRounds(options: BenchOptions, served: Served[], client: pg.Client): Promise<void> {
  for (let round = 1; round <= options.rounds; round++) {
    const order = round % 2 === 1 ? served : [...served].reverse();
    for (const target of order) {
      const under = target.label === null ? "" : `, Node ${target.label}`;
      if (options.rounds > 1 || target.label !== null) console.log(`Round ${round} of ${options.rounds}${under}:`);
      target.rounds.push(await measureCases(options, target, client));
    }
  }
}

/** One Node's medians, targets, memory and soak, printed, and as the JSON report records them. */
async function report(options: BenchOptions, target: Served) {
  const soaked =
    options.soak === null ? null : await soak(target.server.origin, options.soak, target.context, target.sampler);
  await target.sampler.stop();
  const results = withRatios(medianRounds(target.rounds));
  const verdicts = judgeTargets(results);
  const memory = summariseMemory(target.sampler.samples);
  if (target.label !== null) console.log(`\nNode ${target.label} (${target.version}, ${target.node}):`);
  console.log(`\n${formatResultsTable(results, verdicts)}\n`);
  if (verdicts.length > 0) console.log(`Targets:\n${formatTargets(verdicts, results)}\n`);
  console.log(formatMemory(memory));
  if (soaked) console.log(formatSoak(soaked.seconds, soaked.verdict));
  return {
    ...(target.label === null ? {} : { label: target.label, path: target.node, version: target.version }),
    cases: results,
    targets: verdicts,
    memory: { ...memory, samples: target.sampler.samples },
    soak: soaked,
  };
}

async function run(options: BenchOptions, running: Running): Promise<void> {
  const manifest = await readManifest();
  buildIfStale(ROOT);
  running.database = await openBenchDatabase(BENCH_DATA_DIR);
  const { url, description } = running.database;
  const client = new pg.Client({ connectionString: url });
  running.client = client;
  // The database may stop on a signal before this connection is closed: no error.
  client.on("error", () => {});
  await client.connect();
  await resetRuntimeCache(ROOT);
  const secret = randomBytes(32).toString("base64url");
  const startedAt = new Date();
  const loadAverage = os.loadavg();
  console.log(`Database: ${description}; catalogue at scale ${manifest.scale}`);
  const served: Served[] = [];
  // Each Node has its own server, all from the same build and database, started before any case runs.
  for (const binary of options.nodes ?? [null]) {
    served.push(await serve(options, binary, { manifest, client, url, secret }, running));
  }
  console.log(
    `Machine: ${os.cpus().length} cores, load average ${loadAverage.map((value) => value.toFixed(2)).join(" ")}\n`,
  );
  await runRounds(options, served, client);
  const reports: Awaited<ReturnType<typeof report>>[] = [];
  for (const target of served) reports.push(await report(options, target));
  if (options.nodes) {
    const compared = served.map((target, index) => ({
      label: target.label!,
      version: target.version,
      results: reports[index]!.cases,
    }));
    console.log(`\nSide by side (each case its median round):\n\n${formatNodeComparison(compared)}`);
  }

  const out = path.resolve(ROOT, options.out);
  await mkdir(path.dirname(out), { recursive: true });
  const json = {
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
    ...(options.nodes ? { nodes: reports } : reports[0]),
  };
  await writeFile(out, `${JSON.stringify(json, null, 2)}\n`);
  console.log(`\nJSON: ${path.relative(ROOT, out)}`);
}

let stopping: Promise<void> | undefined;

/** Stops what the run started, once, whether it ended, failed or was interrupted. */
function stopAll(running: Running): Promise<void> {
  stopping ??= stopEverything(running);
  return stopping;
}

async function stopEverything(running: Running): Promise<void> {
  for (const sampler of running.samplers) await sampler.stop().catch(() => {});
  for (const server of running.servers) await server.stop();
  // Nothing of the benchmark catalogue stays cached for the next server started from this build.
  await resetRuntimeCache(ROOT);
  await running.client?.end().catch(() => {});
  await running.database?.close();
}

async function main(): Promise<void> {
  const parsed = parseBenchArguments(process.argv.slice(2));
  if (!parsed.ok) throw new StartupError(parsed.message);
  const running: Running = { servers: [], samplers: [] };
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
