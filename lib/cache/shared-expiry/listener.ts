import { randomUUID } from "node:crypto";
import pg from "pg";
import { EXPIRY_CHANNEL } from "./channel";
import type { SharedExpiryState } from "./state";
import { HEARTBEAT_MS, PRUNE_EVERY_MS, QUERY_TIMEOUT_MS, RECONNECT_MAX_MS, RETENTION_MS, TRUST_MS } from "./timing";

export type ListenerOptions = {
  url: string;
  /** Expires the tags in this process's cache. */
  expire: (tags: string[]) => void;
  /** Where the listener says whether this process may serve from its cache. */
  state: SharedExpiryState;
  log?: (line: string) => void;
};

type ExpiryRow = { id: string; tags: string[]; origin: string };

/**
 * One dedicated connection per server process that LISTENs for expiries made by other processes and
 * applies them here. Every sync writes this process's heartbeat first and only then reads the
 * expiries since the last one applied, so an expiry that commits after a waiter missed the
 * heartbeat is always read (timing.ts). Until the first sync, after the connection drops, or when
 * syncs stop succeeding, the cache handler serves nothing from the cache.
 */
export class ExpiryListener {
  readonly id = randomUUID();
  private client: pg.Client | null = null;
  /** The newest expiry applied; null until a start point is taken. */
  private applied: bigint | null = null;
  private lastSync = Number.NEGATIVE_INFINITY;
  private running: Promise<void> | null = null;
  private again = false;
  private heartbeat: NodeJS.Timeout | undefined;
  private retry: NodeJS.Timeout | undefined;
  private retryDelay = 100;
  private stopped = false;
  private prunedAt = Number.NEGATIVE_INFINITY;

  constructor(private readonly options: ListenerOptions) {
    options.state.instanceId = this.id;
    options.state.trustedUntil = 0;
  }

  /** Connects and takes the first start point; keeps reconnecting on its own after a failure. */
  async start(): Promise<void> {
    this.heartbeat = setInterval(() => void this.sync(), HEARTBEAT_MS);
    this.heartbeat.unref();
    await this.connect();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.heartbeat);
    clearTimeout(this.retry);
    this.options.state.trustedUntil = 0;
    await this.running?.catch(() => {});
    const client = this.client;
    this.client = null;
    if (!client) return;
    // Gone at once, rather than waited for by expiries until its heartbeat is old.
    await client.query('DELETE FROM "CacheInstance" WHERE id = $1', [this.id]).catch(() => {});
    await client.end().catch(() => {});
  }

  /** The backend process id of the listening connection (tests cut it with pg_terminate_backend). */
  get backendPid(): number | undefined {
    return (this.client as { processID?: number } | null)?.processID;
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({
      connectionString: this.options.url,
      application_name: "keyframe-cache-expiry",
      keepAlive: true,
      // A stalled connection is dropped and made again; meanwhile the cache is not trusted.
      connectionTimeoutMillis: QUERY_TIMEOUT_MS,
      query_timeout: QUERY_TIMEOUT_MS,
    });
    client.on("error", (error) => this.lost(client, error));
    client.on("end", () => this.lost(client));
    client.on("notification", (message) => {
      if (message.channel === EXPIRY_CHANNEL) void this.sync();
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${EXPIRY_CHANNEL}`);
    } catch (error) {
      this.lost(client, error);
      return;
    }
    if (this.stopped) return void (await client.end().catch(() => {}));
    this.client = client;
    this.retryDelay = 100;
    await this.sync();
  }

  private lost(client: pg.Client, error?: unknown): void {
    if (this.client !== null && this.client !== client) return;
    this.options.state.trustedUntil = 0;
    this.client = null;
    client.end().catch(() => {});
    if (this.stopped || this.retry) return;
    if (error) this.options.log?.(`Cache expiry: lost the database connection (${String(error)}); reconnecting.`);
    this.retry = setTimeout(() => {
      this.retry = undefined;
      void this.connect();
    }, this.retryDelay);
    this.retryDelay = Math.min(this.retryDelay * 2, RECONNECT_MAX_MS);
  }

  /** Runs one sync at a time; a request during one runs another right after it. */
  sync(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      do {
        this.again = false;
        await this.syncOnce();
      } while (this.again && !this.stopped);
    })()
      .catch((error: unknown) => {
        if (this.client) this.lost(this.client, error);
      })
      .finally(() => (this.running = null));
    return this.running;
  }

  private async syncOnce(): Promise<void> {
    const client = this.client;
    if (!client) return;
    const began = performance.now();
    if (this.applied === null || began - this.lastSync > RETENTION_MS / 2) await this.takeStartPoint(client);
    await this.pruneWhenDue(client, began);
    let rows: ExpiryRow[];
    do {
      await client.query(
        `INSERT INTO "CacheInstance" (id, "appliedId", "seenAt") VALUES ($1, $2, now())
         ON CONFLICT (id) DO UPDATE SET "appliedId" = EXCLUDED."appliedId", "seenAt" = now()`,
        [this.id, String(this.applied)],
      );
      ({ rows } = await client.query<ExpiryRow>(
        'SELECT id::text, tags, origin FROM "CacheExpiry" WHERE id > $1 ORDER BY id',
        [String(this.applied)],
      ));
      this.apply(rows);
      // Another pass writes the new appliedId at once: that is the acknowledgement waiters look for.
    } while (rows.length > 0 && !this.stopped);
    this.lastSync = began;
    this.options.state.trustedUntil = began + TRUST_MS;
  }

  private apply(rows: ExpiryRow[]): void {
    const tags = new Set<string>();
    for (const row of rows) if (row.origin !== this.id) for (const tag of row.tags) tags.add(tag);
    if (tags.size > 0) this.options.expire([...tags]);
    const last = rows.at(-1);
    if (last) this.applied = BigInt(last.id);
  }

  /**
   * At the first connection, or after one lost for longer than expiries are kept: nothing cached so
   * far is served again, and the expiries up to now need not be applied. Renders that begin after
   * this read the database after every expiry up to the start point had committed.
   */
  private async takeStartPoint(client: pg.Client): Promise<void> {
    const { rows } = await client.query<{ last: string }>(
      'SELECT coalesce(max(id), 0)::text AS last FROM "CacheExpiry"',
    );
    this.applied = BigInt(rows[0]!.last);
    this.options.state.validSince = Date.now();
  }

  /** Deletes expiries every process has long applied, and processes long silent; hourly. */
  private async pruneWhenDue(client: pg.Client, now: number): Promise<void> {
    if (now - this.prunedAt < PRUNE_EVERY_MS) return;
    this.prunedAt = now;
    const seconds = RETENTION_MS / 1000;
    await client.query('DELETE FROM "CacheExpiry" WHERE "expiredAt" < now() - make_interval(secs => $1)', [seconds]);
    await client.query('DELETE FROM "CacheInstance" WHERE "seenAt" < now() - make_interval(secs => $1)', [seconds]);
  }
}
