import { createServer } from "node:net";
import { startVarnish as runVarnish, type RunningVarnish } from "../../scripts/lib/varnish";

export type { RunningVarnish };

/** A port nothing listens on now. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (!address || typeof address === "string") throw new Error("No port");
  return address.port;
}

/** A real varnishd running deploy/varnish/keyframe.vcl in front of `backendPort`, until `stop`. */
export async function startVarnish(backendPort: number, port?: number): Promise<RunningVarnish> {
  return runVarnish({ backendPorts: [backendPort], port: port ?? (await freePort()) });
}
