import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream } from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

export type RunningServer = { pid: number; origin: string; stop(): Promise<void> };

/** `next start` from the production build; its output goes to `logFile`. */
export async function startServer(options: {
  root: string;
  /** The Node binary to serve with; this process's own by default. */
  node?: string;
  port: number;
  env: Record<string, string>;
  logFile: string;
}): Promise<RunningServer> {
  const log = createWriteStream(options.logFile);
  // Node runs Next directly (no npx in between), so the child's pid is next-server's own.
  const child = spawn(
    options.node ?? process.execPath,
    [path.join(options.root, "node_modules/next/dist/bin/next"), "start", "--port", String(options.port)],
    {
      cwd: options.root,
      env: { ...process.env, ...options.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  // However the benchmark ends, even by a crash, it leaves no server behind.
  const orphaned = () => child.kill("SIGKILL");
  process.once("exit", orphaned);
  child.once("exit", () => process.off("exit", orphaned));
  const origin = `http://127.0.0.1:${options.port}`;
  const server = { pid: child.pid!, origin, stop: () => stop(child) };
  try {
    await waitUntilServing(child, `${origin}/bench.txt`, options.logFile);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return server;
}

async function waitUntilServing(child: ChildProcess, url: string, logFile: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with code ${child.exitCode}; see ${logFile}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await sleep(200);
  }
  throw new Error(`next start did not answer ${url} within a minute; see ${logFile}`);
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  const killed = await Promise.race([exited.then(() => true), sleep(10_000).then(() => false)]);
  if (!killed) {
    child.kill("SIGKILL");
    await exited;
  }
}
