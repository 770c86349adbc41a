// `npm run start:cluster -- --instances N`: the production build as N instances of `npm start` on one
// database, one media directory and one pair of shared secrets, behind nginx and Varnish (which
// caches public pages and is purged by tag, docs/edge.md). To try and to test what a deployment of
// several instances does; docs/deployment.md describes a real one.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { z } from "zod";
import { actionsEncryptionKey, authSecret } from "./lib/auth-secret.ts";
import { configuredDatabaseUrl, ensureDatabase } from "./lib/database.ts";
import { startupProblem } from "./lib/deployment.ts";
import { findFreePort, startEmbeddedPostgres, type RunningPostgres } from "./lib/embedded-postgres.ts";
import { exitWith, StartupError } from "./lib/fail.ts";
import { startNginx, type RunningProxy } from "./lib/nginx.ts";
import { assertPortFree, parsePort } from "./lib/port.ts";
import { startVarnish, type RunningVarnish } from "./lib/varnish.ts";

const root = path.resolve(import.meta.dirname, "..");
const dataRoot = path.resolve(root, process.env.KEYFRAME_DATA_DIR ?? ".data");
const STOP_TIMEOUT_MS = 30_000;

const InstancesSchema = z.coerce
  .number({ error: "--instances must be a whole number" })
  .int("--instances must be a whole number")
  .min(1, "--instances must be at least 1")
  .max(32, "--instances must be at most 32");

function instanceCount(argv: string[]): number {
  const at = argv.indexOf("--instances");
  const value = at === -1 ? "2" : argv[at + 1];
  const parsed = InstancesSchema.safeParse(value);
  if (!parsed.success) throw new StartupError(parsed.error.issues[0]!.message);
  return parsed.data;
}

let database: RunningPostgres | undefined;
let proxy: RunningProxy | undefined;
let cache: RunningVarnish | undefined;
const instances: ChildProcess[] = [];

async function openDatabase(): Promise<string> {
  const configured = await configuredDatabaseUrl();
  if (configured) return configured;
  const dataDir = path.join(dataRoot, "postgres");
  console.log(`Database: embedded PostgreSQL, data in ${dataDir}`);
  try {
    database = await startEmbeddedPostgres({ dataDir, ownProcessGroup: true });
  } catch (error) {
    throw new StartupError(error instanceof Error ? error.message : String(error));
  }
  void database.crashed.then((how) => {
    console.error(`\n✖ PostgreSQL stopped (${how}); stopping the cluster.\n`);
    void shutDown(1);
  });
  await ensureDatabase(database.serverUrl, "keyframe");
  return database.urlFor("keyframe");
}

/**
 * One instance is `npm start` itself with DATABASE_URL given, so it migrates, seeds, imports and
 * builds exactly as a single start does; resolves once its Next is ready.
 */
function startInstance(number: number, port: number, env: NodeJS.ProcessEnv): Promise<void> {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    cwd: root,
    env: { ...env, PORT: String(port) },
    stdio: ["ignore", "pipe", "pipe"],
    // Its own process group: Ctrl+C reaches only this script, which stops the parts in order.
    detached: true,
  });
  instances.push(child);
  const prefix = `[instance ${number}] `;
  let ready: () => void;
  const started = new Promise<void>((resolve) => (ready = resolve));
  const relay = (stream: NodeJS.WriteStream) => (chunk: Buffer) => {
    const text = chunk.toString();
    if (text.includes("Keyframe is running")) ready();
    stream.write(text.replace(/^(?=.)/gm, prefix));
  };
  child.stdout!.on("data", relay(process.stdout));
  child.stderr!.on("data", relay(process.stderr));
  child.once("exit", (code, signal) => {
    if (stopping) return;
    console.error(`\n✖ Instance ${number} stopped (${signal ?? `exit code ${code}`}); stopping the cluster.\n`);
    void shutDown(code || 1);
  });
  return started;
}

async function stopChild(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill(signal);
  const timeout = setTimeout(() => child.kill("SIGKILL"), STOP_TIMEOUT_MS);
  await exited;
  clearTimeout(timeout);
}

let stopping = false;
/** The proxy first (no new requests), then the cache, the instances, and the database. */
async function shutDown(code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  if (proxy) await stopChild(proxy.process, "SIGQUIT");
  await cache?.stop();
  await Promise.all(instances.map((instance) => stopChild(instance, "SIGTERM")));
  if (database) {
    await database.stop();
    console.log("PostgreSQL stopped.");
  }
  process.exit(code);
}

async function main(): Promise<void> {
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => void shutDown(0));
  const count = instanceCount(process.argv.slice(2));
  const problem = startupProblem(process.env);
  if (problem) throw new StartupError(problem);
  const proxyPort = parsePort(process.env.PORT);
  await assertPortFree(proxyPort);
  const url = await openDatabase();
  const [cachePort, ...ports] = await distinctFreePorts(count + 1, proxyPort);
  const siteUrl = process.env.SITE_URL || `http://localhost:${proxyPort}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: url,
    KEYFRAME_DATA_DIR: dataRoot,
    KEYFRAME_MEDIA_DIR: process.env.KEYFRAME_MEDIA_DIR ?? path.join(dataRoot, "media"),
    KEYFRAME_DUMP_DIR: process.env.KEYFRAME_DUMP_DIR ?? path.join(dataRoot, "dumps"),
    NEXTAUTH_SECRET: await authSecret(dataRoot),
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: await actionsEncryptionKey(dataRoot),
    // nginx and Varnish are the two hops in front; each appends the address it saw to X-Forwarded-For.
    TRUSTED_PROXIES: "2",
    // The instances label their pages for Varnish and purge it when a change expires their tags.
    KEYFRAME_EDGE: "varnish",
    KEYFRAME_VARNISH_URLS: `http://127.0.0.1:${cachePort}`,
    SITE_URL: siteUrl,
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? siteUrl,
  };
  // The first one alone: it migrates, seeds, imports and builds; the others then find all of it done.
  await startInstance(1, ports[0]!, env);
  await Promise.all(ports.slice(1).map((port, index) => startInstance(index + 2, port, env)));
  if (stopping) return;
  cache = await startVarnish({
    backendPorts: ports,
    port: cachePort!,
    dir: path.join(dataRoot, "varnish"),
    ownProcessGroup: true,
  });
  cache.process.once("exit", (code, signal) => {
    if (stopping) return;
    console.error(`\n✖ Varnish stopped (${signal ?? `exit code ${code}`}); stopping the cluster.\n`);
    void shutDown(code || 1);
  });
  proxy = await startNginx({
    dir: path.join(dataRoot, "nginx"),
    port: proxyPort,
    upstreams: [`127.0.0.1:${cachePort}`],
  });
  proxy.process.once("exit", (code, signal) => {
    if (stopping) return;
    console.error(`\n✖ nginx stopped (${signal ?? `exit code ${code}`}); stopping the cluster.\n`);
    void shutDown(code || 1);
  });
  console.log(`\nKeyframe cluster is running: open ${proxy.url} (nginx, then Varnish, round robin)`);
  console.log(`  Varnish: ${cache.url}`);
  ports.forEach((port, index) => console.log(`  instance ${index + 1}: http://127.0.0.1:${port}`));
  console.log("Ctrl+C stops everything.\n");
}

async function distinctFreePorts(count: number, taken: number): Promise<number[]> {
  const ports = new Set<number>();
  while (ports.size < count) {
    const port = await findFreePort();
    if (port !== taken) ports.add(port);
  }
  return [...ports];
}

main().catch(async (error: unknown) => {
  if (!stopping) {
    stopping = true;
    if (proxy) await stopChild(proxy.process, "SIGQUIT").catch(() => {});
    await cache?.stop().catch(() => {});
    await Promise.all(instances.map((instance) => stopChild(instance, "SIGTERM").catch(() => {})));
    await database?.stop().catch(() => {});
  }
  exitWith(error);
});
