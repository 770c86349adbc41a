/**
 * What this process's expiry listener tells the cache handler and `expireTags`. Kept on globalThis:
 * instrumentation.ts and the app's routes are bundled apart, each with its own copy of lib/.
 */
export type SharedExpiryState = {
  /** The listener's id in "CacheInstance"; null when no listener runs in this process. */
  instanceId: string | null;
  /** `performance.now()` until which cached entries may be served. */
  trustedUntil: number;
  /** `Date.now()` before which nothing cached may be served or stored (a fresh start point). */
  validSince: number;
};

const KEY = Symbol.for("keyframe.sharedExpiry");
const holder = globalThis as { [KEY]?: SharedExpiryState };

export function sharedExpiryState(): SharedExpiryState {
  holder[KEY] ??= { instanceId: null, trustedUntil: Number.POSITIVE_INFINITY, validSince: 0 };
  return holder[KEY];
}

/**
 * Whether an entry stored at `lastModified` may be served now: the listener is in step with the
 * database, and the entry is not older than its start point. Runs for every cached read.
 */
export function isServable(state: SharedExpiryState, lastModified: number | undefined, now: number): boolean {
  return now < state.trustedUntil && (lastModified === undefined || lastModified >= state.validSince);
}
