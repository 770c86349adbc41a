// `npm run bench:import`: the whole bangumi-data package imported into a fresh database (migrated
// and seeded, as a first `npm start` has it), then imported again (nothing to change): time,
// items/s and rows/s of each run. Uses the benchmark cluster (.data/bench, or BENCH_DATABASE_URL's
// server) but a database of its own, so the synthetic catalogue of `npm run bench:data` stays.
import path from "node:path";
import { migrate } from "../lib/database.ts";
import { exitWith } from "../lib/fail.ts";
import { openBenchDatabase, recreateDatabase, seed } from "./catalogue/database.ts";

const dataDir = path.resolve(import.meta.dirname, "../../.data/bench");
const IMPORT_DATABASE = "keyframe_bench_import";

async function main(): Promise<void> {
  const bench = await openBenchDatabase(dataDir);
  const url = new URL(bench.url);
  url.pathname = `/${IMPORT_DATABASE}`;
  const database = { ...bench, url: url.toString() };
  const { readBangumiData } = await import("../../lib/import/bangumi/data.ts");
  const { importBangumiData } = await import("../../lib/import/run-import.ts");
  const { formatImportSummary } = await import("../../lib/import/summary.ts");
  const { createPrismaClient } = await import("../../lib/prisma-client.ts");
  try {
    await recreateDatabase(database);
    migrate(database.url);
    await seed(database.url);
    console.log(`Importing into a fresh database ${IMPORT_DATABASE} (${bench.description.split(",")[0]}).`);
    const prisma = createPrismaClient(database.url);
    try {
      const data = await readBangumiData();
      for (const run of ["First import", "Second import (no changes)"]) {
        const summary = await importBangumiData(prisma, data);
        console.log(`\n${run}:\n${formatImportSummary(summary)}`);
      }
    } finally {
      await prisma.$disconnect();
    }
  } finally {
    await bench.close();
  }
}

main().catch(exitWith);
