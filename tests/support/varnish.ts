import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { connect, createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

const VCL_DIR = path.resolve(import.meta.dirname, "../../deploy/varnish");

export type RunningVarnish = { url: string; port: number; stop: () => Promise<void> };

/** A port nothing listens on now. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (!address || typeof address === "string") throw new Error("No port");
  return address.port;
}

/**
 * A real varnishd running deploy/varnish/keyframe.vcl in front of `backendPort`, from a working
 * directory of its own, until `stop`. Its keyframe-site.vcl names that backend and lets this
 * machine purge.
 */
export async function startVarnish(backendPort: number, port?: number): Promise<RunningVarnish> {
  const listen = port ?? (await freePort());
  const dir = await mkdtemp(path.join(tmpdir(), "keyframe-varnish-"));
  await writeFile(
    path.join(dir, "keyframe-site.vcl"),
    `backend keyframe { .host = "127.0.0.1"; .port = "${backendPort}"; }\nacl keyframe_purgers { "127.0.0.1"; "::1"; }\n`,
  );
  const child = spawn(
    "varnishd",
    [
      "-F",
      ...["-a", `127.0.0.1:${listen}`],
      ...["-f", path.join(VCL_DIR, "keyframe.vcl")],
      ...["-p", `vcl_path=${dir}:${VCL_DIR}`],
      ...["-n", path.join(dir, "work")],
      ...["-s", "malloc,64m"],
      // Tests run as whoever runs them; no management port, no privilege drop.
      ...["-T", "none", "-j", "none"],
    ],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  let output = "";
  child.once("error", (error) => (output += `${error.message}\n`));
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  try {
    await waitForPort(listen, child, () => output);
  } catch (error) {
    child.kill("SIGKILL");
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    url: `http://127.0.0.1:${listen}`,
    port: listen,
    stop: async () => {
      await stopChild(child);
      await rm(dir, { recursive: true, force: true });
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
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
  await exited;
  clearTimeout(timer);
}
