import type { ImportSummary } from "./run-import";

const count = (value: number) => value.toLocaleString("en");

/** The run in a few lines: what happened to the items, and how fast. */
export function formatImportSummary(summary: ImportSummary): string {
  const rate = (value: number) => count(Math.round(value / Math.max(summary.seconds, 0.001)));
  return [
    `bangumi-data ${summary.version}${summary.dryRun ? " (dry run: nothing was saved)" : ""}: ${count(summary.items)} items`,
    `  created ${count(summary.created)}, matched ${count(summary.matched)}, updated ${count(summary.updated)}, ` +
      `proposed ${count(summary.proposed)}, unchanged ${count(summary.unchanged)}, skipped ${count(summary.skipped)}`,
    `  kept ${count(summary.kept)} community values; dropped ${count(summary.dropped)} links and streams`,
    `  ${summary.seconds.toFixed(1)} s (reading and romanising ${summary.mapSeconds.toFixed(1)} s, database ` +
      `${(summary.seconds - summary.mapSeconds).toFixed(1)} s): ${rate(summary.items)} items/s, ` +
      `${count(summary.rows)} rows (${rate(summary.rows)} rows/s)`,
  ].join("\n");
}
