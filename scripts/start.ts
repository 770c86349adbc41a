// `npm start` / `npm run dev`: database (embedded unless DATABASE_URL is set), migrations, seed, Next.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { createPrismaClient } from "../lib/prisma-client.ts";
import { isDatabaseEmpty, seedDatabase } from "../prisma/seed/index.ts";
import { authSecret } from "./lib/auth-secret.ts";
import { buildIfStale } from "./lib/build.ts";
import { resetRuntimeCache } from "./lib/runtime-cache.ts";
import { assertReachable, assertValidDatabaseUrl, describeUrl, ensureDatabase, migrate } from "./lib/database.ts";
import { startEmbeddedPostgres, type RunningPostgres } from "./lib/embedded-postgres.ts";
import { exitWith, StartupError } from "./lib/fail.ts";
import { assertPortFree, parsePort } from "./lib/port.ts";

const root = path.resolve(import.meta.dirname, "..");
const dataRoot = path.resolve(root, process.env.KEYFRAME_DATA_DIR ?? ".data");
const dev = process.argv.includes("--dev");
let embedded: RunningPostgres | undefined;
const mediaRoot = process.env.KEYFRAME_MEDIA_DIR ?? path.join(dataRoot, "media");
let next: ChildProcess | undefined;
let sweep: ChildProcess | undefined;

async function openDatabase(): Promise<string> {
  const configured = process.env.DATABASE_URL;
  if (configured) {
    assertValidDatabaseUrl(configured);
    await assertReachable(configured);
    console.log(`Database: ${describeUrl(configured)} (from DATABASE_URL)`);
    return configured;
  }
  const dataDir = path.join(dataRoot, "postgres");
  console.log(`Database: embedded PostgreSQL, data in ${dataDir}`);
  try {
    embedded = await startEmbeddedPostgres({ dataDir });
  } catch (error) {
    throw new StartupError(error instanceof Error ? error.message : String(error));
  }
  await ensureDatabase(embedded.serverUrl, "keyframe");
  const url = embedded.urlFor("keyframe");
  console.log(`While it runs, Prisma commands can reach it with DATABASE_URL=${url}`);
  return url;
}

async function seedIfEmpty(url: string): Promise<void> {
  const prisma = createPrismaClient(url);
  try {
    if (!(await isDatabaseEmpty(prisma))) return;
    // Development accounts with a published password never go into a production database.
    const developmentUsers = !(process.env.NODE_ENV === "production" && process.env.DATABASE_URL);
    await seedDatabase(prisma, { developmentUsers });
    console.log(`Seeded the demo catalogue${developmentUsers ? " and the development users" : ""}.`);
  } finally {
    await prisma.$disconnect();
  }
}

async function startNext(url: string, port: number): Promise<void> {
  const args = dev ? ["next", "dev", "--port", String(port)] : ["next", "start", "--port", String(port)];
  next = spawn("npx", args, {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: url,
      KEYFRAME_MEDIA_DIR: mediaRoot,
      NEXT_TELEMETRY_DISABLED: "1",
      NEXTAUTH_SECRET: await authSecret(dataRoot),
      NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? process.env.SITE_URL ?? `http://localhost:${port}`,
    },
    stdio: ["inherit", "pipe", "inherit"],
  });
  next.stdout?.on("data", (chunk: Buffer) => {
    process.stdout.write(chunk);
    if (chunk.toString().includes("Ready")) console.log(`\nKeyframe is running: open http://localhost:${port}\n`);
  });
  next.on("exit", (code) => void shutDown(code ?? 1));
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
async function shutDown(code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  if (sweep && sweep.exitCode === null) sweep.kill("SIGTERM");
  if (next && next.exitCode === null) {
    const exited = new Promise((resolve) => next?.once("exit", resolve));
    next.kill("SIGTERM");
    await exited;
  }
  if (embedded) {
    await embedded.stop();
    console.log("PostgreSQL stopped.");
  }
  process.exit(code);
}

async function main(): Promise<void> {
  const port = parsePort(process.env.PORT);
  await assertPortFree(port);
  const url = await openDatabase();
  migrate(url);
  await seedIfEmpty(url);
  if (!dev) buildIfStale(root);
  await resetRuntimeCache(root);
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void shutDown(0));
  await startNext(url, port);
  sweepMediaInBackground(url);
}

main().catch(async (error: unknown) => {
  await embedded?.stop().catch(() => {});
  exitWith(error);
});
