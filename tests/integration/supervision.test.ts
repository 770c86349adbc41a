import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, describe, expect, it } from "vitest";
import { findFreePort } from "../../scripts/lib/embedded-postgres";
import { processTree } from "../../scripts/lib/process-tree";

// `npm run dev` runs the same supervision as `npm start` without needing a production build; its
// Next forks a worker, so stopping only the process it started would leave one behind. Next allows
// one dev server per checkout: these tests fail while another `npm run dev` runs here.
type Started = { child: ChildProcess; output: () => string; exited: Promise<number | null>; dataDir: string };

const dirs: string[] = [];
const children: ChildProcess[] = [];
afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill("SIGKILL");
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

async function startKeyframe(port: number): Promise<Started> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "keyframe-supervision-"));
  dirs.push(dataDir);
  const child = spawn("npm", ["run", "dev"], {
    // The first start's catalogue import is not what these tests are about, and takes a minute.
    env: {
      ...process.env,
      DATABASE_URL: "",
      KEYFRAME_DATA_DIR: dataDir,
      PORT: String(port),
      KEYFRAME_CATALOGUE: "off",
    },
  });
  children.push(child);
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { child, output: () => output, exited, dataDir };
}

async function waitFor(what: string, check: () => boolean | Promise<boolean>, started: Started, seconds = 120) {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    if (await check()) return;
    if (started.child.exitCode !== null)
      throw new Error(`start exited while waiting for ${what}:\n${started.output()}`);
    await sleep(250);
  }
  throw new Error(`Timed out waiting for ${what}:\n${started.output()}`);
}

/** Alive and not a zombie waiting to be reaped. */
function isAlive(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, "utf8"));
  } catch {
    return false;
  }
}

const commandOf = (pid: number) => {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ");
  } catch {
    return "";
  }
};

const postmasterPid = (dataDir: string) => {
  const pidFile = path.join(dataDir, "postgres", "postmaster.pid");
  return existsSync(pidFile) ? Number(readFileSync(pidFile, "utf8").split("\n")[0]) : null;
};

async function answers(url: string): Promise<number | null> {
  try {
    const response = await fetch(url);
    await response.arrayBuffer();
    return response.status;
  } catch {
    return null;
  }
}

/** The node process running scripts/start.ts (npm, a shell and tsx's launcher sit above it). */
const startProcess = (tree: number[]) =>
  tree.find((pid) => commandOf(pid).includes("loader.mjs") && commandOf(pid).includes("scripts/start.ts"))!;

describe("npm start as one unit", () => {
  it("stops Next (every process of it) and then PostgreSQL when npm gets SIGTERM, leaving nothing behind", async () => {
    const port = await findFreePort();
    const started = await startKeyframe(port);
    const search = `http://127.0.0.1:${port}/api/v1/search?q=akira`;
    await waitFor("the site to answer", async () => (await answers(search)) === 200, started);

    const tree = await processTree(started.child.pid!);
    const commands = tree.map(commandOf);
    expect(commands.some((command) => command.startsWith("next-server"))).toBe(true);
    expect(commands.some((command) => command.includes("postgres -D"))).toBe(true);

    started.child.kill("SIGTERM");
    await started.exited;
    // npm has exited only after the start process, which exits only after Next and PostgreSQL did.
    const left = tree.filter(isAlive).map((pid) => `${pid} ${commandOf(pid)}`);
    expect(left).toEqual([]);
    expect(started.output()).toContain("PostgreSQL stopped.");
  }, 240_000);

  it("restarts PostgreSQL when it dies, and the site answers from the database again", async () => {
    const port = await findFreePort();
    const started = await startKeyframe(port);
    const origin = `http://127.0.0.1:${port}`;
    await waitFor(
      "the site to answer",
      async () => (await answers(`${origin}/api/v1/search?q=akira`)) === 200,
      started,
    );
    const first = postmasterPid(started.dataDir)!;

    process.kill(first, "SIGKILL");
    await waitFor("PostgreSQL to restart", () => started.output().includes("PostgreSQL is running again"), started, 60);
    expect(started.output()).toMatch(/PostgreSQL stopped unexpectedly \(killed by SIGKILL\)/);
    expect(postmasterPid(started.dataDir)).not.toBe(first);

    // A search not asked before is not in any cache: Next's pool reconnects to the restarted server.
    const response = await fetch(`${origin}/api/v1/search?q=neo`);
    expect(response.status).toBe(200);
    expect(JSON.stringify(await response.json())).toContain("neo-tokyo");

    const tree = await processTree(started.child.pid!);
    process.kill(startProcess(tree), "SIGINT");
    await started.exited;
    expect(tree.filter(isAlive).map((pid) => `${pid} ${commandOf(pid)}`)).toEqual([]);
  }, 240_000);
});
