import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, inject } from "vitest";
import { createPrismaClient, type PrismaClient } from "../../lib/prisma-client";
import { createDatabase, databaseUrl, dropDatabase } from "./databases";
import { EMPTY_TEMPLATE, SEEDED_TEMPLATE } from "./templates";

/**
 * Gives the calling test file a database of its own, cloned from a migrated template (seeded unless
 * asked otherwise), and points the app's `db` at it.
 */
export function withTestDatabase(options: { seeded?: boolean } = {}) {
  const serverUrl = inject("databaseServerUrl");
  const name = `test_${randomUUID().replaceAll("-", "")}`;
  const url = databaseUrl(serverUrl, name);
  let prisma: PrismaClient | undefined;

  beforeAll(async () => {
    await createDatabase(serverUrl, name, options.seeded === false ? EMPTY_TEMPLATE : SEEDED_TEMPLATE);
    process.env.DATABASE_URL = url;
    prisma = createPrismaClient(url);
  });

  afterAll(async () => {
    await prisma?.$disconnect();
    const global = globalThis as { prisma?: PrismaClient };
    await global.prisma?.$disconnect();
    delete global.prisma;
    await dropDatabase(serverUrl, name);
  });

  return {
    url,
    serverUrl,
    get prisma(): PrismaClient {
      if (!prisma) throw new Error("The test database is ready only inside tests and hooks.");
      return prisma;
    },
  };
}
