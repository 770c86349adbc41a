import "server-only";
import { db } from "@/lib/db";
import { sharedExpiryState } from "./state";
import { ACK_POLL_MS, ACK_WAIT_MS, LIVE_MS } from "./timing";

/**
 * Tells every other server process on this database that `tags` expired, and returns once each
 * has applied it or can no longer serve from its cache (timing.ts). NOTIFY is delivered when the
 * insert commits. Returns whether every live process acknowledged in time.
 */
export async function shareExpiry(tags: string[]): Promise<boolean> {
  const self = sharedExpiryState().instanceId ?? "";
  const id = await recordExpiry(tags, self);
  return awaitAcknowledgements(id, self);
}

async function recordExpiry(tags: string[], origin: string): Promise<bigint> {
  const [row] = await db.$queryRaw<{ id: bigint }[]>`SELECT record_cache_expiry(${tags}::text[], ${origin}) AS id`;
  return row!.id;
}

/** Waits for every process seen lately, other than this one, to have applied expiry `id`. */
async function awaitAcknowledgements(id: bigint, self: string): Promise<boolean> {
  const deadline = performance.now() + ACK_WAIT_MS;
  for (;;) {
    const [row] = await db.$queryRaw<{ waiting: number }[]>`
      SELECT count(*)::int AS waiting FROM "CacheInstance"
      WHERE "appliedId" < ${id} AND id <> ${self} AND "seenAt" > now() - make_interval(secs => ${LIVE_MS / 1000})`;
    if (row!.waiting === 0) return true;
    if (performance.now() >= deadline) {
      console.warn(
        `Cache expiry ${id}: ${row!.waiting} server process(es) did not acknowledge in time; they serve nothing from their cache until they catch up.`,
      );
      return false;
    }
    await new Promise((resolve) => setTimeout(resolve, ACK_POLL_MS));
  }
}
