import "server-only";
import { env } from "./env";
import { createPrismaClient, type PrismaClient } from "./prisma-client";

const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient; replicas?: PrismaClient[] };

function client(): PrismaClient {
  // One client per process: the dev server re-evaluates modules, which would leak pools.
  globalForPrisma.prisma ??= createPrismaClient(env().DATABASE_URL);
  return globalForPrisma.prisma;
}

function replica(): PrismaClient {
  globalForPrisma.replicas ??= env().DATABASE_REPLICA_URLS.map((url) => createPrismaClient(url));
  const { replicas } = globalForPrisma;
  if (replicas.length === 0) return client();
  return replicas[Math.floor(Math.random() * replicas.length)]!;
}

/** The process's Prisma client, created on first use so that builds need no database. */
export const db = new Proxy({} as PrismaClient, {
  get: (_target, property) => Reflect.get(client(), property),
});

/**
 * A read replica (DATABASE_REPLICA_URLS, one at random), or the primary when none is configured.
 * Only for public reads whose result no cache keeps: a replica may lag behind a change, and a page
 * or cachedRead filled from it after an expiry would keep the old data until the next one. Reads
 * that fill a cache, rate limits and every read in a write path use `db`.
 */
export const replicaDb = new Proxy({} as PrismaClient, {
  get: (_target, property) => Reflect.get(replica(), property),
});
