// `npm run bench:data -- --scale N [--synthetic-only]`: a benchmark database with a synthetic catalogue.
// At scale 1: 50,000 films, 200,000 people, 1,000,000 credits, 20,000 users, 500,000 revisions...
// The database is dropped and made afresh: migrations, the demo seed, the catalogue, then the real
// catalogue (bangumi-data, as `npm start` imports it) unless --synthetic-only.
// Same scale, same rows. Writes a manifest of notable entries next to the data.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { performance } from "node:perf_hooks";
import cliProgress from "cli-progress";
import { migrate } from "../lib/database.ts";
import { exitWith, StartupError } from "../lib/fail.ts";
import { parseCatalogueArguments } from "./catalogue/arguments.ts";
import { openBenchDatabase, recreateDatabase, seed, type BenchDatabase } from "./catalogue/database.ts";
import { generateCatalogue } from "./catalogue/generate.ts";
import type { Reporter } from "./catalogue/progress.ts";

const root = path.resolve(import.meta.dirname, "../..");
const dataDir = path.join(root, ".data", "bench");

const seconds = (value: number) => `${value.toFixed(1).padStart(6)} s`;

function line(label: string, rows: number, elapsed: number): string {
  return `  ${label.padEnd(38)} ${rows > 1 ? rows.toLocaleString("en-US").padStart(10) : "".padStart(10)} ${seconds(elapsed)}`;
}

/** One bar per step on a terminal; elsewhere just each step's line when it ends. */
function terminalReporter(): Reporter {
  let bar: cliProgress.SingleBar | undefined;
  return {
    start(label, total) {
      if (!process.stdout.isTTY || total <= 1) return { tick: () => {} };
      bar = new cliProgress.SingleBar(
        {
          format: `  ${label.padEnd(38)} {bar} {percentage}% {value}/{total}, {duration} s`,
          clearOnComplete: true,
          hideCursor: true,
        },
        cliProgress.Presets.shades_classic,
      );
      bar.start(total, 0);
      return { tick: (rows) => bar?.increment(rows) };
    },
    finish(label, rows, elapsed) {
      bar?.stop();
      bar = undefined;
      console.log(line(label, rows, elapsed));
    },
  };
}

async function timed<T>(label: string, work: () => Promise<T> | T): Promise<T> {
  const started = performance.now();
  const result = await work();
  console.log(line(label, 0, (performance.now() - started) / 1000));
  return result;
}

/** The real catalogue on top of the synthetic one, by the importer a site's first start runs. */
async function importBangumi(url: string): Promise<void> {
  const { readBangumiData } = await import("../../lib/import/bangumi/data.ts");
  const { importBangumiData } = await import("../../lib/import/run-import.ts");
  const { formatImportSummary } = await import("../../lib/import/summary.ts");
  const { createPrismaClient } = await import("../../lib/prisma-client.ts");
  const prisma = createPrismaClient(url);
  try {
    const summary = await importBangumiData(prisma, await readBangumiData());
    console.log(formatImportSummary(summary).replace(/^/gm, "    "));
  } finally {
    await prisma.$disconnect();
  }
}

async function main(): Promise<void> {
  const parsed = parseCatalogueArguments(process.argv.slice(2));
  if (!parsed.ok) throw new StartupError(parsed.message);
  const { scale, bangumi } = parsed;
  const started = performance.now();
  let database: BenchDatabase | undefined;
  try {
    database = await timed("Start PostgreSQL", () => openBenchDatabase(dataDir));
    console.log(`Database: ${database.description}; scale ${scale}\n`);
    const { url } = database;
    await timed("Drop and create the database", () => recreateDatabase(database!));
    await timed("Apply the migrations", () => migrate(url));
    await timed("Seed the demo catalogue", () => seed(url));
    const { manifest, timings } = await generateCatalogue({ url, scale, reporter: terminalReporter() });
    if (bangumi) await timed("Import bangumi-data", () => importBangumi(url));
    await mkdir(dataDir, { recursive: true });
    const manifestPath = path.join(dataDir, "catalogue.json");
    await writeFile(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
    const total = (performance.now() - started) / 1000;
    const loaded = timings.reduce((sum, timing) => sum + timing.seconds, 0);
    console.log(`\n  ${"Catalogue".padEnd(38)} ${"".padStart(10)} ${seconds(loaded)}`);
    console.log(`  ${"Total".padEnd(38)} ${"".padStart(10)} ${seconds(total)}\n`);
    console.log(
      `Rows: ${Object.entries(manifest.counts)
        .map(([table, count]) => `${table} ${count.toLocaleString("en-US")}`)
        .join(", ")}`,
    );
    console.log(`Manifest: ${manifestPath}`);
    console.log(`Database: ${database.description}`);
  } finally {
    await database?.close();
  }
}

main().catch(exitWith);
