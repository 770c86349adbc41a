import path from "node:path";
import pg from "pg";
import { createPrismaClient } from "../../../lib/prisma-client";
import { seedDatabase } from "../../../prisma/seed/index";
import { startEmbeddedPostgres } from "../../lib/embedded-postgres";
import { StartupError } from "../../lib/fail";

export const BENCH_DATABASE = "keyframe_bench";

export type BenchDatabase = { url: string; serverUrl: string; description: string; close(): Promise<void> };

/**
 * BENCH_DATABASE_URL, or a dedicated embedded cluster in `dataDir`. The database is dropped and
 * created again, so one whose name does not say it is for benchmarks is refused.
 */
export async function openBenchDatabase(dataDir: string): Promise<BenchDatabase> {
  const configured = process.env.BENCH_DATABASE_URL;
  if (configured) {
    let parsed: URL;
    try {
      parsed = new URL(configured);
    } catch {
      throw new StartupError("BENCH_DATABASE_URL is not a valid postgresql:// URL.");
    }
    const name = decodeURIComponent(parsed.pathname.slice(1));
    if (!/^postgres(ql)?:$/.test(parsed.protocol) || !name.includes("bench")) {
      throw new StartupError(
        `BENCH_DATABASE_URL must be a postgresql:// URL of a database whose name contains "bench" (it is dropped and recreated); got "${name}".`,
      );
    }
    const server = new URL(configured);
    server.pathname = "/postgres";
    return {
      url: configured,
      serverUrl: server.toString(),
      description: `${parsed.host}/${name}`,
      close: async () => {},
    };
  }
  const postgresDir = path.join(dataDir, "postgres");
  // Sized like a server meant for this catalogue: its hot tables and indexes stay in memory.
  const embedded = await startEmbeddedPostgres({ dataDir: postgresDir, sharedBuffers: "1GB" });
  return {
    url: embedded.urlFor(BENCH_DATABASE),
    serverUrl: embedded.serverUrl,
    description: `embedded PostgreSQL in ${postgresDir}, database ${BENCH_DATABASE}`,
    close: () => embedded.stop(),
  };
}

/** Drops and creates the database, applies the migrations and the demo seed. */
export async function recreateDatabase(database: BenchDatabase): Promise<void> {
  const name = decodeURIComponent(new URL(database.url).pathname.slice(1));
  const client = new pg.Client({ connectionString: database.serverUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
  } finally {
    await client.end();
  }
}

export async function seed(url: string): Promise<void> {
  const prisma = createPrismaClient(url);
  try {
    await seedDatabase(prisma, { developmentUsers: true });
  } finally {
    await prisma.$disconnect();
  }
}
