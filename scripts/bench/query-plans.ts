// `npm run bench:plans`: the plan of every statement the public pages send, on the benchmark
// catalogue (`npm run bench:data`). Runs each page's lib reads, captures what Prisma sends, and
// EXPLAINs it with its parameters; exits non-zero if any plan reads a large table sequentially.
import pg from "pg";
import { exitWith } from "../lib/fail.ts";
import { BENCH_DATA_DIR, readManifest } from "./bench-files.ts";
import { openBenchDatabase, type BenchDatabase } from "./catalogue/database.ts";
import { checkPlans } from "./plans/check-plans.ts";
import { findPlanSamples, publicPageReads } from "./plans/page-reads.ts";
import { formatPlanReport, summarisePlans } from "./plans/report.ts";

async function main(): Promise<boolean> {
  const manifest = await readManifest();
  let database: BenchDatabase | undefined;
  try {
    database = await openBenchDatabase(BENCH_DATA_DIR);
    console.log(`Database: ${database.description}; catalogue at scale ${manifest.scale}\n`);
    process.env.DATABASE_URL = database.url;
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    const samples = await findPlanSamples(client, manifest).finally(() => client.end());
    const reports = await checkPlans(database.url, publicPageReads(samples));
    console.log(formatPlanReport(reports));
    const summary = summarisePlans(reports);
    console.log(`\n${summary.line}`);
    return summary.ok;
  } finally {
    await database?.close();
  }
}

main().then((ok) => process.exit(ok ? 0 : 1), exitWith);
