import { startVarnish } from "../../support/varnish";

/** Edge reads in tests/e2e/edge.spec.ts go through here. */
export const edgeUrl = () => `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 3100) + 1000}`;

/**
 * A real Varnish running deploy/varnish/keyframe.vcl in front of the e2e server for the whole run, at
 * the address the server purges (playwright.config.ts), so every change in every test purges it.
 */
export default async function startEdge(): Promise<() => Promise<void>> {
  const port = Number(process.env.E2E_PORT ?? 3100);
  const varnish = await startVarnish(port, port + 1000);
  return varnish.stop;
}
