import { spawn, type ChildProcess } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

const VCL_DIR = path.resolve(import.meta.dirname, "../../deploy/varnish");

export type RunningVarnish = { url: string; port: number; process: ChildProcess; stop: () => Promise<void> };

const PURGERS = `acl keyframe_purgers { "127.0.0.1"; "::1"; }\n`;

/**
 * The keyframe-site.vcl (deploy/varnish/keyframe.vcl includes it) for instances on these ports of
 * this machine: one backend, or a round-robin director over several; this machine may purge.
 */
export function siteVcl(ports: readonly number[]): string {
  const backends = ports.map(
    (port, index) => `backend keyframe_${index + 1} { .host = "127.0.0.1"; .port = "${port}"; }`,
  );
  if (ports.length === 1) return `${backends[0]!.replace("keyframe_1", "keyframe")}\n${PURGERS}`;
  const added = ports.map((_, index) => `  keyframe.add_backend(keyframe_${index + 1});`).join("\n");
  return `import directors;
${backends.join("\n")}
sub vcl_init {
  new keyframe = directors.round_robin();
${added}
}
sub vcl_recv {
  set req.backend_hint = keyframe.backend();
}
${PURGERS}`;
}

/**
 * A real varnishd running deploy/varnish/keyframe.vcl in front of the instances at `backendPorts`,
 * its working files in `dir` (a temporary one, removed on stop, when none is given), in the
 * foreground, until `stop`. With `ownProcessGroup`, Ctrl+C at the terminal does not reach it: the
 * script that started it stops it in its turn.
 */
export async function startVarnish(options: {
  backendPorts: readonly number[];
  port: number;
  dir?: string;
  ownProcessGroup?: boolean;
}): Promise<RunningVarnish> {
  const dir = options.dir ?? (await mkdtemp(path.join(tmpdir(), "keyframe-varnish-")));
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, "keyframe-site.vcl"), siteVcl(options.backendPorts));
  const child = spawn(
    "varnishd",
    [
      "-F",
      ...["-a", `127.0.0.1:${options.port}`],
      ...["-f", path.join(VCL_DIR, "keyframe.vcl")],
      ...["-p", `vcl_path=${dir}:${VCL_DIR}`],
      ...["-n", path.join(dir, "work")],
      ...["-s", "malloc,64m"],
      // Run as whoever runs it; no management port, no privilege drop.
      ...["-T", "none", "-j", "none"],
    ],
    { stdio: ["ignore", "pipe", "pipe"], detached: options.ownProcessGroup ?? false },
  );
  let output = "";
  child.once("error", (error) => (output += `${error.message}\n`));
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const removeDir = () => (options.dir ? Promise.resolve() : rm(dir, { recursive: true, force: true }));
  try {
    await waitForPort(options.port, child, () => output);
  } catch (error) {
    child.kill("SIGKILL");
    await removeDir();
    throw error;
  }
  return {
    url: `http://127.0.0.1:${options.port}`,
    port: options.port,
    process: child,
    stop: async () => {
      await stopChild(child);
      await removeDir();
    },
  };
}

async function waitForPort(port: number, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.pid === undefined)
      throw new Error("Could not run varnishd: install varnish and varnish-modules (docs/edge.md)");
    if (child.exitCode !== null) throw new Error(`varnishd exited (${child.exitCode}):\n${output()}`);
    if (await accepts(port)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`varnishd did not listen on ${port} within 30 s:\n${output()}`);
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
  await exited;
  clearTimeout(timer);
}
