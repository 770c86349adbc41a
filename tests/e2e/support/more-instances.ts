import { spawn, type ChildProcess } from "node:child_process";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { findFreePort } from "../../../scripts/lib/embedded-postgres";

/** The server Playwright started: its port, its data folder (playwright.config.ts). */
const port = Number(process.env.E2E_PORT ?? 3100);
const dataDir = path.resolve(`.data/e2e-${port}`);

/** The embedded database the first server runs, as a URL other servers can share. */
async function firstServersDatabase(): Promise<string> {
  // postmaster.pid's fourth line is the port PostgreSQL listens on.
  const pid = await readFile(path.join(dataDir, "postgres", "postmaster.pid"), "utf8");
  return `postgresql://keyframe:keyframe@localhost:${pid.split("\n")[3]!.trim()}/keyframe`;
}

export type Instance = { origin: string; stop: () => Promise<void> };

/**
 * Another `next start` of the same production build on the first server's database, as an operator
 * runs a second instance; `env` adds to its environment (e.g. KEYFRAME_SHARED_EXPIRY=off).
 */
export async function startAnotherInstance(env: Record<string, string> = {}): Promise<Instance> {
  // A free port, not one next to ours: other runs may serve there.
  const instancePort = await findFreePort();
  const origin = `http://localhost:${instancePort}`;
  const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "--port", String(instancePort)], {
    env: {
      ...process.env,
      DATABASE_URL: await firstServersDatabase(),
      NEXTAUTH_SECRET: (await readFile(path.join(dataDir, "auth-secret"), "utf8")).trim(),
      NEXTAUTH_URL: origin,
      SITE_URL: origin,
      NEXT_TELEMETRY_DISABLED: "1",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  await untilAnswering(origin, child, () => output);
  return { origin, stop: () => stop(child) };
}

async function untilAnswering(origin: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The instance at ${origin} stopped:\n${output()}`);
    const answered = await fetch(`${origin}/about`).then(
      (response) => response.ok,
      () => false,
    );
    if (answered && output().includes("Ready")) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The instance at ${origin} did not answer within a minute:\n${output()}`);
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  process.kill(-child.pid!, "SIGTERM");
  await exited;
}
