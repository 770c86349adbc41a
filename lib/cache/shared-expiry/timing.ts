/**
 * The timings that make expiry across processes strict (docs/architecture.md, "Cache expiry across server processes", has the argument):
 *
 * - a process serves from its cache only until `TRUST_MS` after it began its last successful sync
 *   (a heartbeat row written, then every expiry since read back and applied);
 * - the process that expires tags waits for every other process seen in the last `LIVE_MS` to
 *   acknowledge the expiry, at most `ACK_WAIT_MS`.
 *
 * With both at least `TRUST_MS`, once the wait ends every other process has either applied the
 * expiry or stopped trusting its cache, whether it was slow, cut off or gone.
 */
export const TRUST_MS = 2_000;
export const LIVE_MS = TRUST_MS;
export const ACK_WAIT_MS = TRUST_MS;
/** Well under TRUST_MS, so that a process keeps its trust through a late heartbeat or two. */
export const HEARTBEAT_MS = 500;
/** Expiries and silent processes are deleted after a day; a process cut off longer starts afresh. */
export const RETENTION_MS = 24 * 60 * 60 * 1000;
export const RECONNECT_MAX_MS = 5_000;
/** How often the waiter looks again for acknowledgements (they usually come within a millisecond or two). */
export const ACK_POLL_MS = 5;
export const PRUNE_EVERY_MS = 60 * 60 * 1000;
export const QUERY_TIMEOUT_MS = 5_000;
