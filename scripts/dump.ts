// `npm run dump`: writes the whole public catalogue as gzipped JSON Lines, with its header, to the
// dump folder (KEYFRAME_DUMP_DIR, else `dumps/` in the data folder), which `/dumps` serves.
import path from "node:path";
import { countOf } from "../lib/format/counts.ts";
import { exitWith } from "./lib/fail.ts";
import { openDatabase } from "./lib/open-database.ts";

const root = path.resolve(import.meta.dirname, "..");

async function main(): Promise<void> {
  const database = await openDatabase(root);
  process.env.DATABASE_URL = database.url;
  process.env.KEYFRAME_DUMP_DIR ??= path.resolve(root, process.env.KEYFRAME_DATA_DIR ?? ".data", "dumps");
  // Imported once the database is known: lib/db reads DATABASE_URL at first use.
  const { writeDump } = await import("../lib/dumps/write-dump.ts");
  const { dumpDir } = await import("../lib/dumps/names.ts");
  const { siteUrl } = await import("../lib/site-url.ts");
  const { db } = await import("../lib/db.ts");
  const started = performance.now();
  const progress = (counts: Record<string, number>) => {
    const total = Object.values(counts).reduce((sum, count) => sum + count, 0);
    if (process.stdout.isTTY) process.stdout.write(`\rDumping… ${countOf(total, "entry", "entries")}`);
  };
  try {
    const { dataFile, headerFile, header } = await writeDump({ dir: dumpDir(), site: siteUrl(), onProgress: progress });
    const seconds = (performance.now() - started) / 1000;
    const total = Object.values(header.counts).reduce((sum, count) => sum + count, 0);
    if (process.stdout.isTTY) process.stdout.write("\n");
    console.log(
      `Dump written in ${seconds.toFixed(1)} s: ${countOf(header.counts.film, "work")}, ` +
        `${countOf(header.counts.person, "person", "people")}, ${countOf(header.counts.character, "character")}, ` +
        `${countOf(header.counts.studio, "studio")} (${countOf(total, "entry", "entries")}, ` +
        `${Math.round(total / seconds).toLocaleString("en-US")} a second).`,
    );
    console.log(`  ${dataFile} (${(header.bytes / 1024 / 1024).toFixed(1)} MB, sha256 ${header.sha256})`);
    console.log(`  ${headerFile}`);
  } finally {
    await db.$disconnect();
    await database.close();
  }
}

main().catch(exitWith);
