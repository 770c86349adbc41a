// `npm run import:bangumi [-- --file data.json --version 0.3.209 --dry-run]`: imports bangumi-data
// (the installed package's unless --file names another file) as revisions by the importer account
// (lib/import). `npm start` runs it on a database's first start.
import path from "node:path";
import { parseArgs } from "node:util";
import { ImportRefused } from "../lib/import/errors.ts";
import { exitWith, StartupError } from "./lib/fail.ts";
import { openDatabase } from "./lib/open-database.ts";

const root = path.resolve(import.meta.dirname, "..");

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { file: { type: "string" }, version: { type: "string" }, "dry-run": { type: "boolean", default: false } },
  });
  const { readBangumiData } = await import("../lib/import/bangumi/data.ts");
  const { importBangumiData } = await import("../lib/import/run-import.ts");
  const { formatImportSummary } = await import("../lib/import/summary.ts");
  const { createPrismaClient } = await import("../lib/prisma-client.ts");
  // A malformed file is refused before any database is opened.
  const data = await readBangumiData({ file: values.file && path.resolve(values.file), version: values.version });
  const database = await openDatabase(root);
  const prisma = createPrismaClient(database.url);
  try {
    const summary = await importBangumiData(prisma, data, { dryRun: values["dry-run"] });
    console.log(formatImportSummary(summary));
    if (!summary.dryRun && summary.created + summary.matched > 0) {
      console.log("A running `npm start` shows the new works once restarted (each start empties the page cache).");
    }
  } finally {
    await prisma.$disconnect();
    await database.close();
  }
}

// A refused import is one line to fix, like a start-up problem: no stack.
main().catch((error: unknown) => exitWith(error instanceof ImportRefused ? new StartupError(error.message) : error));
