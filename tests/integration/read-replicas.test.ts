import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "@/lib/prisma-client";
import { searchCatalogue, searchPublicCatalogue } from "@/lib/search/queries";
import { createDatabase, databaseUrl, dropDatabase } from "../support/databases";
import { SEEDED_TEMPLATE } from "../support/templates";
import { withTestDatabase } from "../support/test-database";

const database = withTestDatabase();
const replicaName = `replica_${randomUUID().replaceAll("-", "")}`;
let replica: PrismaClient;

const filmTitles = (page: Awaited<ReturnType<typeof searchCatalogue>>) =>
  page.results.flatMap((result) => (result.kind === "film" ? [result.film.title] : []));

/**
 * The "replica" is another database cloned from the same seed in which Memories has another title,
 * so each read shows which database answered it.
 */
beforeAll(async () => {
  await createDatabase(database.serverUrl, replicaName, SEEDED_TEMPLATE);
  replica = createPrismaClient(databaseUrl(database.serverUrl, replicaName));
  await replica.film.update({ where: { slug: "memories" }, data: { title: "Memories (as the replica has it)" } });
  process.env.DATABASE_REPLICA_URLS = ` ${databaseUrl(database.serverUrl, replicaName)} ,`;
});

afterAll(async () => {
  delete process.env.DATABASE_REPLICA_URLS;
  const global = globalThis as { replicas?: PrismaClient[] };
  await Promise.all((global.replicas ?? []).map((client) => client.$disconnect()));
  delete global.replicas;
  await replica.$disconnect();
  await dropDatabase(database.serverUrl, replicaName);
});

describe("read replicas", () => {
  it("answer the public search", async () => {
    expect(filmTitles(await searchPublicCatalogue("Memories", { kind: "films" }))).toContain(
      "Memories (as the replica has it)",
    );
  });

  it("never answer a search in a write path, which reads the primary", async () => {
    const titles = filmTitles(await searchCatalogue("Memories", { kind: "films" }));
    expect(titles).toContain("Memories");
    expect(titles).not.toContain("Memories (as the replica has it)");
  });

  it("never answer the app's own client", async () => {
    const { db } = await import("@/lib/db");
    const film = await db.film.findUniqueOrThrow({ where: { slug: "memories" }, select: { title: true } });
    expect(film.title).toBe("Memories");
  });
});
