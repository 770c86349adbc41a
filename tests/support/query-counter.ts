import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../lib/generated/prisma/client";

/**
 * Installs a query-counting client as the app's `db` (lib/db reuses `globalThis.prisma`), so a
 * test can assert how many queries a read makes.
 */
export function installQueryCounter(url: string) {
  const client = new PrismaClient({
    adapter: new PrismaPg({ connectionString: url }),
    log: [{ emit: "event", level: "query" }],
  });
  let count = 0;
  client.$on("query", () => {
    count += 1;
  });
  (globalThis as { prisma?: unknown }).prisma = client;
  return {
    async count<T>(work: () => Promise<T>): Promise<{ result: T; queries: number }> {
      const before = count;
      const result = await work();
      return { result, queries: count - before };
    },
  };
}
