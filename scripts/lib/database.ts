import { spawnSync } from "node:child_process";
import pg from "pg";
import { StartupError } from "./fail.ts";

export function describeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`;
  } catch {
    return "(unparsable URL)";
  }
}

export function assertValidDatabaseUrl(url: string): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new StartupError(
      "DATABASE_URL is not a valid URL. Use postgresql://USER:PASSWORD@HOST:PORT/DATABASE, or unset it to use the embedded database.",
    );
  }
  if (!["postgres:", "postgresql:"].includes(parsed.protocol) || parsed.pathname.length < 2) {
    throw new StartupError(
      "DATABASE_URL must look like postgresql://USER:PASSWORD@HOST:PORT/DATABASE (with a database name).",
    );
  }
}

export async function assertReachable(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new StartupError(
      `Cannot connect to the database at ${describeUrl(url)}: ${reason}. Check DATABASE_URL, or unset it to use the embedded database.`,
    );
  } finally {
    await client.end().catch(() => {});
  }
}

/** DATABASE_URL, checked, reachable and announced as a start announces it; null when it is not set. */
export async function configuredDatabaseUrl(): Promise<string | null> {
  const configured = process.env.DATABASE_URL;
  if (!configured) return null;
  assertValidDatabaseUrl(configured);
  await assertReachable(configured);
  console.log(`Database: ${describeUrl(configured)} (from DATABASE_URL)`);
  return configured;
}

export async function ensureDatabase(serverUrl: string, name: string): Promise<void> {
  const client = new pg.Client(serverUrl);
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
  } finally {
    await client.end();
  }
}

/** Applies pending migrations through the Prisma CLI (and so through the offline schema engine). */
export function migrate(url: string): void {
  const result = spawnSync("npx", ["prisma", "migrate", "deploy"], {
    env: { ...process.env, DATABASE_URL: url },
    encoding: "utf8",
  });
  if (result.status !== 0) {
    const output = `${result.stdout}\n${result.stderr}`;
    const reason =
      output
        .split("\n")
        .map((line) => line.trim())
        .filter((line) => /error|failed/i.test(line) && !line.startsWith("npm warn"))
        .at(0) ?? "see the output above";
    process.stderr.write(output);
    throw new StartupError(
      `Migrating the database at ${describeUrl(url)} failed: ${reason}. Fix the migration or the database, then start again.`,
    );
  }
}
