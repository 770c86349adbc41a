import { edgeConfig, type EdgeEnv } from "./config";
import { purgeRequests, type PurgeRequest } from "./purge-requests";
import { surrogateKeys } from "./surrogate-keys";

type Send = (request: PurgeRequest) => Promise<void>;
type Options = { send?: Send; log?: (message: string) => void; retryDelaysMs?: readonly number[] };

/** A try, then two more after short waits: a purge is quick, and the approval waits for it. */
const RETRY_DELAYS_MS = [200, 1_000];
/** Keys whose purge failed are tried again in the background this often, and with every later purge. */
const BACKGROUND_RETRY_MS = 10_000;
const TIMEOUT_MS = 5_000;

/**
 * Purges cache tags at an edge. A change has already committed when its tags expire, so a purge
 * that keeps failing does not fail the change: it is logged as an error naming the keys, and those
 * keys are kept and purged again, in the background and with the next purge, until the edge
 * accepts them. Until then the edge may serve the pages as they were (docs/edge.md).
 */
export function createEdgePurger(env: EdgeEnv, options: Options = {}) {
  const send = options.send ?? sendRequest;
  const log = options.log ?? ((message: string) => console.error(message));
  const delays = options.retryDelaysMs ?? RETRY_DELAYS_MS;
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;

  async function purgeKeys(keys: string[]): Promise<void> {
    const failed = new Set<string>();
    await Promise.all(
      purgeRequests(env, keys).map(async (request) => {
        const error = await withRetries(() => send(request), delays);
        if (!error) return;
        log(`Edge purge failed (${request.init.method} ${request.url}): ${error}; keys kept for retry`);
        for (const key of keysOf(request)) failed.add(key);
      }),
    );
    for (const key of keys) if (!failed.has(key)) pending.delete(key);
    for (const key of failed) pending.add(key);
    if (pending.size > 0) timer ??= setTimeout(retryPending, BACKGROUND_RETRY_MS).unref();
  }

  function retryPending(): void {
    timer = undefined;
    void purgeKeys([...pending]);
  }

  function keysOf(request: PurgeRequest): string[] {
    const headers = request.init.headers;
    const listed = headers["xkey-purge"] ?? headers["Surrogate-Key"];
    if (listed !== undefined) return listed.split(" ");
    return (JSON.parse(String(request.init.body)) as { tags: string[] }).tags;
  }

  return {
    async purge(tags: Iterable<string>): Promise<void> {
      await purgeKeys([...new Set([...surrogateKeys(tags), ...pending])]);
    },
    pendingKeys: (): string[] => [...pending],
  };
}

async function withRetries(attempt: () => Promise<void>, delays: readonly number[]): Promise<unknown> {
  let lastError: unknown;
  for (let index = 0; index <= delays.length; index++) {
    if (index > 0) await new Promise((resolve) => setTimeout(resolve, delays[index - 1]));
    try {
      await attempt();
      return undefined;
    } catch (error) {
      lastError = error;
    }
  }
  return lastError instanceof Error ? lastError.message : String(lastError);
}

async function sendRequest({ url, init }: PurgeRequest): Promise<void> {
  const response = await fetch(url, { ...init, signal: AbortSignal.timeout(TIMEOUT_MS) });
  const body = await response.text();
  if (!response.ok) throw new Error(`${response.status} ${body.slice(0, 200)}`);
  // Cloudflare answers failures inside a 200 too.
  if (body.startsWith("{") && (JSON.parse(body) as { success?: boolean }).success === false) {
    throw new Error(`refused: ${body.slice(0, 200)}`);
  }
}

let shared: ReturnType<typeof createEdgePurger> | undefined;

/** Purges these cache tags at the configured edge, if any (lib/cache/expire.ts calls it). */
export async function purgeEdge(tags: Iterable<string>): Promise<void> {
  const { env } = edgeConfig();
  if (env.KEYFRAME_EDGE === "none") return;
  shared ??= createEdgePurger(env);
  await shared.purge(tags);
}
