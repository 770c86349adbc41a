// `npm run media:sweep`: removes uploaded images that nothing uses any more and files that belong
// to no image, older than a day (lib/images/sweep.ts). `npm start` runs it in the background too.
import path from "node:path";
import { countOf } from "../lib/format/counts.ts";
import { exitWith } from "./lib/fail.ts";
import { checkMediaStorage } from "./lib/media-storage.ts";
import { openDatabase } from "./lib/open-database.ts";

const root = path.resolve(import.meta.dirname, "..");

async function main(): Promise<void> {
  process.env.KEYFRAME_MEDIA_DIR ??= path.resolve(root, process.env.KEYFRAME_DATA_DIR ?? ".data", "media");
  checkMediaStorage(process.env.KEYFRAME_MEDIA_DIR);
  const database = await openDatabase(root);
  process.env.DATABASE_URL = database.url;
  // Imported once the database is known: lib/db reads DATABASE_URL at first use.
  const { sweepOrphanImages } = await import("../lib/images/sweep.ts");
  const { db } = await import("../lib/db.ts");
  try {
    const { rows, files } = await sweepOrphanImages();
    console.log(`Media sweep: removed ${countOf(rows, "unused image")} and ${countOf(files, "orphaned file")}.`);
  } finally {
    await db.$disconnect();
    await database.close();
  }
}

main().catch(exitWith);
