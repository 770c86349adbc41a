import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { StartupError } from "../lib/fail";
import type { CatalogueManifest } from "./catalogue/manifest";

export const ROOT = path.resolve(import.meta.dirname, "../..");
/** Where `npm run bench:data` keeps the benchmark database and its manifest. */
export const BENCH_DATA_DIR = path.join(ROOT, ".data", "bench");

/** The manifest of the generated catalogue, which names the entries the benchmarks read. */
export async function readManifest(dataDir = BENCH_DATA_DIR): Promise<CatalogueManifest> {
  const file = path.join(dataDir, "catalogue.json");
  if (!existsSync(file)) {
    throw new StartupError(`No benchmark catalogue in ${dataDir}: run npm run bench:data -- --scale 1 first.`);
  }
  return JSON.parse(await readFile(file, "utf8")) as CatalogueManifest;
}
