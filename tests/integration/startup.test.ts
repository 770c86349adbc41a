import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { findFreePort, startEmbeddedPostgres } from "../../scripts/lib/embedded-postgres";
import { createDatabase, databaseUrl, dropDatabase } from "../support/databases";
import { withTestDatabase } from "../support/test-database";

const database = withTestDatabase({ seeded: false });

/** Runs `npm start`'s script and collects what it prints until it exits. */
function start(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn("npx", ["tsx", "scripts/start.ts"], { env: { ...process.env, ...env } });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("exit", (code) => resolve({ code, output }));
  });
}

describe("npm start with bad input", () => {
  it("rejects a DATABASE_URL that is not a URL", async () => {
    const { code, output } = await start({ DATABASE_URL: "not a url", PORT: String(await findFreePort()) });
    expect(code).toBe(1);
    expect(output).toContain("DATABASE_URL is not a valid URL");
  });

  it("says when the database cannot be reached", async () => {
    const port = await findFreePort();
    const { code, output } = await start({
      DATABASE_URL: `postgresql://nobody:secret@127.0.0.1:${port}/keyframe`,
      PORT: String(await findFreePort()),
    });
    expect(code).toBe(1);
    expect(output).toContain(`Cannot connect to the database at 127.0.0.1:${port}/keyframe`);
  });

  it("says when the port is taken", async () => {
    const blocker = net.createServer();
    const port = await new Promise<number>((resolve) =>
      blocker.listen(0, () => resolve((blocker.address() as net.AddressInfo).port)),
    );
    try {
      const { code, output } = await start({ DATABASE_URL: database.url, PORT: String(port) });
      expect(code).toBe(1);
      expect(output).toContain(`Port ${port} is already in use`);
    } finally {
      blocker.close();
    }
  });

  it("says when a migration fails", async () => {
    const name = `broken_${Date.now()}`;
    await createDatabase(database.serverUrl, name);
    const url = databaseUrl(database.serverUrl, name);
    const client = new pg.Client(url);
    await client.connect();
    // A table in the way makes the first migration fail.
    await client.query('CREATE TABLE "Film" (id int)');
    await client.end();
    try {
      const { code, output } = await start({ DATABASE_URL: url, PORT: String(await findFreePort()) });
      expect(code).toBe(1);
      expect(output).toMatch(/Migrating the database at .* failed/);
    } finally {
      await dropDatabase(database.serverUrl, name);
    }
  });
});

describe("npm start in a deployment", () => {
  it("refuses to start without the shared secrets, before touching the database", async () => {
    const { code, output } = await start({
      NODE_ENV: "production",
      // Nothing listens there: the refusal must come first.
      DATABASE_URL: `postgresql://nobody:secret@127.0.0.1:${await findFreePort()}/keyframe`,
      NEXTAUTH_SECRET: "",
      NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: "",
      PORT: String(await findFreePort()),
    });
    expect(code).toBe(1);
    expect(output).toContain(
      "✖ A deployment (NODE_ENV=production with DATABASE_URL) needs NEXTAUTH_SECRET and NEXT_SERVER_ACTIONS_ENCRYPTION_KEY set",
    );
    expect(output).not.toContain("Cannot connect");
  });

  it("refuses a malformed TRUSTED_PROXIES", async () => {
    const { code, output } = await start({ TRUSTED_PROXIES: "10.0.0.0/99", PORT: String(await findFreePort()) });
    expect(code).toBe(1);
    expect(output).toContain('✖ TRUSTED_PROXIES: "10.0.0.0/99" is not a number of hops');
  });
});

describe("the embedded database", () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });

  it("keeps its data across restarts and is never initialised again", async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), "keyframe-restart-"));
    dirs.push(dataDir);
    const first = await startEmbeddedPostgres({ dataDir });
    const write = new pg.Client(first.serverUrl);
    await write.connect();
    await write.query("CREATE TABLE kept (value text); INSERT INTO kept VALUES ('still here')");
    await write.end();
    await first.stop();

    const second = await startEmbeddedPostgres({ dataDir });
    const read = new pg.Client(second.serverUrl);
    await read.connect();
    const rows = await read.query("SELECT value FROM kept");
    await read.end();
    await second.stop();
    expect(rows.rows).toEqual([{ value: "still here" }]);
  });
});
