import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../lib/generated/prisma/client";

export type CapturedQuery = { query: string; params: unknown[] };

/**
 * Installs a query-counting client as the app's `db` (lib/db reuses `globalThis.prisma`), so a
 * test can assert how many queries a read makes, and which.
 */
export function installQueryCounter(url: string) {
  const client = new PrismaClient({
    adapter: new PrismaPg({ connectionString: url }),
    log: [{ emit: "event", level: "query" }],
  });
  const log: CapturedQuery[] = [];
  client.$on("query", (event) => {
    log.push({ query: event.query, params: JSON.parse(event.params) as unknown[] });
  });
  (globalThis as { prisma?: unknown }).prisma = client;
  async function capture<T>(work: () => Promise<T>): Promise<{ result: T; sql: CapturedQuery[] }> {
    const before = log.length;
    const result = await work();
    return { result, sql: log.slice(before) };
  }
  return {
    async count<T>(work: () => Promise<T>): Promise<{ result: T; queries: number }> {
      const { result, sql } = await capture(work);
      return { result, queries: sql.length };
    },
    capture,
  };
}
