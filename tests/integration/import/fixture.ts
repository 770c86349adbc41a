import { readFileSync } from "node:fs";
import path from "node:path";
import { checkBangumiData, type BangumiData } from "@/lib/import/bangumi/data";
import { importBangumiData, type ImportSummary } from "@/lib/import/run-import";
import { Progress } from "@/lib/import/progress";
import type { PrismaClient } from "@/lib/prisma-client";

export const FIXTURE_FILE = path.resolve(import.meta.dirname, "../../fixtures/bangumi/data.json");

type Item = { title: string; titleTranslate: Record<string, string[]>; sites: { site: string; id?: string }[] };

/** The fixture as parsed JSON, a fresh copy each time so a test can change it. */
export function fixtureJson(): { siteMeta: Record<string, unknown>; items: Item[] } {
  return JSON.parse(readFileSync(FIXTURE_FILE, "utf8")) as never;
}

export function fixtureData(version = "0.3.208", json: unknown = fixtureJson()): BangumiData {
  return checkBangumiData(json, version);
}

/** Runs an import quietly, keeping the lines it printed. */
export async function runImport(prisma: PrismaClient, data: BangumiData, dryRun = false) {
  const lines: string[] = [];
  const summary: ImportSummary = await importBangumiData(prisma, data, {
    dryRun,
    log: (line) => lines.push(line),
    progress: new Progress(null),
  });
  return { summary, lines };
}

export function itemTitled(json: { items: Item[] }, title: string): Item {
  const item = json.items.find((each) => each.title === title);
  if (!item) throw new Error(`No fixture item is titled ${title}`);
  return item;
}
