import pg from "pg";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { ExpiryListener } from "@/lib/cache/shared-expiry/listener";
import { shareExpiry } from "@/lib/cache/shared-expiry/publish";
import { isServable, sharedExpiryState, type SharedExpiryState } from "@/lib/cache/shared-expiry/state";
import { withTestDatabase } from "../../support/test-database";

const database = withTestDatabase({ seeded: false });

/** A server process as far as expiry goes: its listener, its state and the tags it expired. */
function aProcess(state: SharedExpiryState = { instanceId: null, trustedUntil: 0, validSince: 0 }) {
  const expired: string[] = [];
  const listener = new ExpiryListener({ url: database.url, state, expire: (tags) => expired.push(...tags) });
  return { listener, state, expired, servable: () => isServable(state, undefined, performance.now()) };
}

async function until(condition: () => boolean | Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

async function onDatabase<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client(database.url);
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

// This test file's process is "A", the one approving; "B" is another process on the same database.
let a: ReturnType<typeof aProcess>;
let b: ReturnType<typeof aProcess>;

beforeAll(async () => {
  a = aProcess(sharedExpiryState());
  b = aProcess();
  await a.listener.start();
  await b.listener.start();
  await until(() => a.servable() && b.servable(), "both processes are in step");
});

afterAll(async () => {
  await a.listener.stop();
  await b.listener.stop();
});

afterEach(async () => {
  await onDatabase((client) =>
    client.query(`DELETE FROM "CacheInstance" WHERE id NOT IN ($1, $2)`, [a.listener.id, b.listener.id]),
  );
});

describe("expiry shared between processes on one database", () => {
  it("reaches the other process before the expiring one returns, and is not applied twice where it was made", async () => {
    b.expired.length = 0;
    expect(await shareExpiry(["film:memories", "person:satoshi-kon"])).toBe(true);
    expect(b.expired).toEqual(["film:memories", "person:satoshi-kon"]);
    expect(a.expired).toEqual([]);
    expect(b.servable()).toBe(true);
  });

  it("waits, at most a bounded time, for a process that is seen but does not acknowledge", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    // Seen all along (a heartbeat that stays recent), yet never applying anything.
    await onDatabase((client) =>
      client.query(
        `INSERT INTO "CacheInstance" (id, "appliedId", "seenAt") VALUES ('stuck', 0, now() + interval '1 minute')`,
      ),
    );
    expect(await shareExpiry(["film:akira"])).toBe(false);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining("did not acknowledge in time"));
    warn.mockRestore();
  });

  it("does not wait for a process not seen lately (gone without saying so)", async () => {
    await onDatabase((client) =>
      client.query(
        `INSERT INTO "CacheInstance" (id, "appliedId", "seenAt") VALUES ('gone', 0, now() - interval '1 minute')`,
      ),
    );
    expect(await shareExpiry(["film:akira"])).toBe(true);
  });

  it("catches up from the table after its connection is cut, serving nothing from its cache meanwhile", async () => {
    b.expired.length = 0;
    const pid = b.listener.backendPid;
    expect(pid).toBeTypeOf("number");
    // Made while B cannot hear it: B reads it back when it reconnects, before it trusts its cache.
    await onDatabase(async (client) => {
      await client.query("SELECT pg_terminate_backend($1)", [pid]);
      await client.query(`SELECT record_cache_expiry(ARRAY['film:perfect-blue'], 'another process')`);
    });
    await until(() => !b.servable(), "the cut-off process stops trusting its cache");
    await until(() => b.servable(), "the process reconnects");
    expect(b.expired).toEqual(["film:perfect-blue"]);
    expect(b.listener.backendPid).not.toBe(pid);
  });

  it("starts a new process from the newest expiry, with nothing from before to serve", async () => {
    const before = Date.now();
    const c = aProcess();
    await c.listener.start();
    try {
      await until(c.servable, "the new process is in step");
      expect(c.expired).toEqual([]);
      expect(c.state.validSince).toBeGreaterThanOrEqual(before);
      b.expired.length = 0;
      expect(await shareExpiry(["season:1998-summer"])).toBe(true);
      expect(c.expired).toEqual(["season:1998-summer"]);
      expect(b.expired).toEqual(["season:1998-summer"]);
    } finally {
      await c.listener.stop();
    }
    expect(
      await onDatabase((client) => client.query(`SELECT 1 FROM "CacheInstance" WHERE id = $1`, [c.listener.id])),
    ).toMatchObject({ rowCount: 0 });
  });

  it("deletes expiries and silent processes older than a day when a process starts", async () => {
    await onDatabase(async (client) => {
      await client.query(
        `INSERT INTO "CacheExpiry" (tags, origin, "expiredAt") VALUES (ARRAY['film:old'], 'old', now() - interval '2 days')`,
      );
      await client.query(
        `INSERT INTO "CacheInstance" (id, "appliedId", "seenAt") VALUES ('long gone', 0, now() - interval '2 days')`,
      );
    });
    const d = aProcess();
    await d.listener.start();
    await d.listener.stop();
    const left = await onDatabase((client) =>
      client.query(
        `SELECT 1 FROM "CacheExpiry" WHERE origin = 'old' UNION ALL SELECT 1 FROM "CacheInstance" WHERE id = 'long gone'`,
      ),
    );
    expect(left.rowCount).toBe(0);
  });
});
