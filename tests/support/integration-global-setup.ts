import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { createPrismaClient } from "../../lib/prisma-client";
import { seedDatabase } from "../../prisma/seed/index";
import { migrate } from "../../scripts/lib/database";
import { startEmbeddedPostgres, type RunningPostgres } from "../../scripts/lib/embedded-postgres";
import { createDatabase } from "./databases";
import { EMPTY_TEMPLATE, SEEDED_TEMPLATE } from "./templates";

declare module "vitest" {
  export interface ProvidedContext {
    databaseServerUrl: string;
  }
}

let server: RunningPostgres | undefined;
let dataDir: string | undefined;

/** One real PostgreSQL for the run, with migrated templates that each test file clones. */
export async function setup(project: TestProject): Promise<void> {
  dataDir = await mkdtemp(path.join(os.tmpdir(), "keyframe-test-pg-"));
  server = await startEmbeddedPostgres({ dataDir });
  for (const name of [EMPTY_TEMPLATE, SEEDED_TEMPLATE]) {
    await createDatabase(server.serverUrl, name);
    migrate(server.urlFor(name));
  }
  const prisma = createPrismaClient(server.urlFor(SEEDED_TEMPLATE));
  await seedDatabase(prisma, { developmentUsers: true });
  await prisma.$disconnect();
  project.provide("databaseServerUrl", server.serverUrl);
}

export async function teardown(): Promise<void> {
  await server?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
}
