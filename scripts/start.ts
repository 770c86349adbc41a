// `npm start` / `npm run dev`: database (embedded unless DATABASE_URL is set), migrations, seed and
// catalogue import on the first start, Next.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { createPrismaClient } from "../lib/prisma-client.ts";
import { resolveSiteUrl } from "../lib/site-url.ts";
import { isDatabaseEmpty, seedDatabase } from "../prisma/seed/index.ts";
import { actionsEncryptionKey, authSecret } from "./lib/auth-secret.ts";
import { buildIfStale } from "./lib/build.ts";
import { resetRuntimeCache } from "./lib/runtime-cache.ts";
import { configuredDatabaseUrl, ensureDatabase, migrate } from "./lib/database.ts";
import { startEmbeddedPostgres, type RunningPostgres } from "./lib/embedded-postgres.ts";
import { PostgresSupervisor } from "./lib/postgres-supervisor.ts";
import { isDeployment, startupProblem } from "./lib/deployment.ts";
import { exitWith, StartupError } from "./lib/fail.ts";
import { checkMediaStorage, describeMediaStorage } from "./lib/media-storage.ts";
import { assertPortFree, parsePort } from "./lib/port.ts";

const root = path.resolve(import.meta.dirname, "..");
const dataRoot = path.resolve(root, process.env.KEYFRAME_DATA_DIR ?? ".data");
const dev = process.argv.includes("--dev");
const mediaRoot = process.env.KEYFRAME_MEDIA_DIR ?? path.join(dataRoot, "media");
const dumpRoot = process.env.KEYFRAME_DUMP_DIR ?? path.join(dataRoot, "dumps");
/** Next may take this long to finish its requests before it is killed. */
const NEXT_STOP_TIMEOUT_MS = 15_000;
let database: PostgresSupervisor | undefined;
let next: ChildProcess | undefined;
let sweep: ChildProcess | undefined;

async function startEmbedded(dataDir: string, port?: number) {
  // In a process group of its own, Ctrl+C reaches only this script, which stops the database last.
  return startEmbeddedPostgres({ dataDir, port, ownProcessGroup: true });
}

async function openDatabase(): Promise<string> {
  const configured = await configuredDatabaseUrl();
  if (configured) return configured;
  const dataDir = path.join(dataRoot, "postgres");
  console.log(`Database: embedded PostgreSQL, data in ${dataDir}`);
  let embedded: RunningPostgres;
  try {
    embedded = await startEmbedded(dataDir);
  } catch (error) {
    throw new StartupError(error instanceof Error ? error.message : String(error));
  }
  database = new PostgresSupervisor(embedded, () => startEmbedded(dataDir, embedded.port), {
    log: (line) => console.log(line),
    giveUp: (message) => {
      console.error(`\n✖ ${message}\n`);
      void shutDown(1);
    },
  });
  await ensureDatabase(embedded.serverUrl, "keyframe");
  const url = embedded.urlFor("keyframe");
  console.log(`While it runs, Prisma commands can reach it with DATABASE_URL=${url}`);
  return url;
}

/** Seeds an empty database; returns whether it was empty (its first start). */
async function seedIfEmpty(url: string): Promise<boolean> {
  const prisma = createPrismaClient(url);
  try {
    if (!(await isDatabaseEmpty(prisma))) return false;
    // Development accounts with a published password never go into a production database.
    const developmentUsers = !isDeployment(process.env);
    await seedDatabase(prisma, { developmentUsers });
    console.log(`Seeded the demo catalogue${developmentUsers ? " and the development users" : ""}.`);
    return true;
  } finally {
    await prisma.$disconnect();
  }
}

/**
 * The catalogue a first start imports (KEYFRAME_CATALOGUE): the bangumi-data package unless it
 * names a file of the same shape, or "off". In a process of its own under the react-server
 * condition, as `npm run import:bangumi` runs it; a failure is reported and the site starts anyway.
 */
async function importCatalogue(url: string): Promise<void> {
  const choice = process.env.KEYFRAME_CATALOGUE?.trim();
  if (choice === "off") return;
  const file = choice ? ["--file", path.resolve(root, choice)] : [];
  console.log(`Importing the catalogue from ${choice ? file[1] : "bangumi-data"} (first start only)…`);
  const child = spawn(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", "scripts/import-bangumi.ts", ...file],
    { cwd: root, env: { ...process.env, DATABASE_URL: url }, stdio: "inherit" },
  );
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  if (code !== 0) console.warn("The catalogue import failed (see above); `npm run import:bangumi` runs it again.");
}

async function startNext(url: string, port: number): Promise<void> {
  // Next's own bin under this very Node, with no npx in between, so the child is next-server
  // itself; in a process group of its own, so a signal to the group reaches any worker it forks.
  const bin = path.join(root, "node_modules/next/dist/bin/next");
  const siteUrl = process.env.SITE_URL || resolveSiteUrl({ PORT: String(port) }).origin;
  next = spawn(process.execPath, [bin, dev ? "dev" : "start", "--port", String(port)], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: url,
      KEYFRAME_MEDIA_DIR: mediaRoot,
      KEYFRAME_DUMP_DIR: dumpRoot,
      NEXT_TELEMETRY_DISABLED: "1",
      NEXTAUTH_SECRET: await authSecret(dataRoot),
      // The address this start serves on unless SITE_URL names another (a proxy's, a domain).
      SITE_URL: siteUrl,
      NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? siteUrl,
    },
    stdio: ["inherit", "pipe", "inherit"],
    detached: true,
  });
  next.stdout?.on("data", (chunk: Buffer) => {
    process.stdout.write(chunk);
    if (chunk.toString().includes("Ready")) console.log(`\nKeyframe is running: open http://localhost:${port}\n`);
  });
  next.once("exit", (code, signal) => {
    if (stopping) return;
    console.error(`\n✖ Next stopped unexpectedly (${signal ?? `exit code ${code}`}); stopping Keyframe.\n`);
    void shutDown(code || 1);
  });
}

/** SIGTERM to Next's process group; SIGKILL if it has not finished within the timeout. */
async function stopNext(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  const group = -child.pid!;
  process.kill(group, "SIGTERM");
  const timeout = setTimeout(() => {
    console.error(`Next did not stop within ${NEXT_STOP_TIMEOUT_MS / 1000} s; killing it.`);
    process.kill(group, "SIGKILL");
  }, NEXT_STOP_TIMEOUT_MS);
  await exited;
  clearTimeout(timeout);
}

/** `npm run media:sweep` in a process of its own, so that start-up never waits for it. */
function sweepMediaInBackground(url: string): void {
  sweep = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/media-sweep.ts"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: url, KEYFRAME_MEDIA_DIR: mediaRoot },
    stdio: ["ignore", "inherit", "inherit"],
  });
  sweep.on("exit", (code) => {
    if (code && !stopping) console.warn("The media sweep failed (see above); `npm run media:sweep` runs it again.");
  });
}

let stopping = false;
/** Stops the site as one unit: Next first (it may still be answering), then the database. */
async function shutDown(code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  database?.stopRestarting();
  if (sweep && sweep.exitCode === null) sweep.kill("SIGTERM");
  if (next) await stopNext(next);
  if (database) {
    await database.stop();
    console.log("PostgreSQL stopped.");
  }
  process.exit(code);
}

async function main(): Promise<void> {
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => void shutDown(0));
  const problem = startupProblem(process.env);
  if (problem) throw new StartupError(problem);
  // Before the build: Next salts server-action ids with it there, and encrypts with it at run time.
  process.env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY = await actionsEncryptionKey(dataRoot);
  const port = parsePort(process.env.PORT);
  // A half-configured media store is refused now rather than at the first upload.
  console.log(describeMediaStorage(checkMediaStorage(mediaRoot)));
  await assertPortFree(port);
  const url = await openDatabase();
  migrate(url);
  if (await seedIfEmpty(url)) await importCatalogue(url);
  if (!dev) buildIfStale(root);
  await resetRuntimeCache(root);
  if (stopping) return;
  await startNext(url, port);
  sweepMediaInBackground(url);
}

main().catch(async (error: unknown) => {
  await database?.stop().catch(() => {});
  exitWith(error);
});
