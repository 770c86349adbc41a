import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { withTestDatabase } from "../support/test-database";

const database = withTestDatabase({ seeded: false });

/** Runs the Prisma CLI as a person would, so the offline schema engine in scripts/ does the work. */
function prisma(args: string[], url: string) {
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: url };
  delete env.PRISMA_SCHEMA_ENGINE_BINARY;
  return spawnSync("npx", ["prisma", ...args], { env, encoding: "utf8" });
}

// The CLI gives the WebAssembly engine a start-up deadline, which two busy cores running every
// integration file at once can miss; one retry separates that from a real failure.
describe("migrations through the offline schema engine", { retry: 1 }, () => {
  it("leave a migrated database with nothing pending", () => {
    const status = prisma(["migrate", "status"], database.url);
    expect(status.stdout + status.stderr).toContain("Database schema is up to date!");
    expect(status.status).toBe(0);
  });

  it("match the Prisma schema exactly (no drift)", () => {
    const diff = prisma(
      ["migrate", "diff", "--from-config-datasource", "--to-schema", "prisma/schema.prisma", "--exit-code"],
      database.url,
    );
    // With --exit-code, 0 means an empty diff, 2 a difference.
    expect(diff.status, diff.stdout + diff.stderr).toBe(0);
  });

  it("migrate a brand-new database from nothing", async () => {
    const fresh = `${database.url}_fresh`;
    const name = new URL(fresh).pathname.slice(1);
    const client = await import("pg").then(({ default: pg }) => new pg.Client(database.serverUrl));
    await client.connect();
    await client.query(`CREATE DATABASE "${name}"`);
    try {
      const deploy = prisma(["migrate", "deploy"], fresh);
      expect(deploy.stderr + deploy.stdout).toMatch(/applied|All migrations have been successfully applied/i);
      expect(deploy.status).toBe(0);
      const check = new (await import("pg")).default.Client(fresh);
      await check.connect();
      const tables = await check.query(
        "SELECT count(*)::int AS count FROM information_schema.tables WHERE table_schema = 'public' AND table_name IN ('Film', 'Credit', 'Submission', 'Revision')",
      );
      await check.end();
      expect(tables.rows[0].count).toBe(4);
    } finally {
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    }
  });
});
