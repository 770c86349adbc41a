import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { startEmbeddedPostgres } from "./embedded-postgres.ts";

/**
 * The database a command-line tool should use: DATABASE_URL; else the embedded server of a running
 * `npm start` (its port is on line 4 of postmaster.pid); else the embedded server, started for the
 * duration of the command.
 */
export async function openDatabase(root: string): Promise<{ url: string; close(): Promise<void> }> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, close: async () => {} };
  const dataDir = path.resolve(root, process.env.KEYFRAME_DATA_DIR ?? ".data", "postgres");
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    throw new Error(`No database: set DATABASE_URL, or run npm start once to create ${dataDir}.`);
  }
  const pidFile = path.join(dataDir, "postmaster.pid");
  const port = existsSync(pidFile) ? readFileSync(pidFile, "utf8").split("\n")[3]?.trim() : undefined;
  if (port) {
    return { url: `postgresql://keyframe:keyframe@127.0.0.1:${port}/keyframe`, close: async () => {} };
  }
  const server = await startEmbeddedPostgres({ dataDir });
  return { url: server.urlFor("keyframe"), close: () => server.stop() };
}
