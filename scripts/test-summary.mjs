// Sums the JSON reports of the unit, integration and end-to-end runs into one line: "N passed, N failed".
// A layer without a report did not run to the end (an earlier layer failed, or it could not start),
// and a run that failed outside any test (a setup error) counts as one failure.
import { existsSync, readFileSync } from "node:fs";

const vitest = (report) => [report.numPassedTests, Math.max(report.numFailedTests, report.success ? 0 : 1)];
const playwright = (report) => [
  report.stats.expected + report.stats.flaky,
  report.stats.unexpected + report.errors.length,
];
const layers = { unit: vitest, integration: vitest, e2e: playwright };

let passed = 0;
let failed = 0;
for (const [layer, count] of Object.entries(layers)) {
  const file = `reports/${layer}.json`;
  if (!existsSync(file)) {
    console.log(`${layer}: no report, so it did not run to the end`);
    failed += 1;
    continue;
  }
  const [layerPassed, layerFailed] = count(JSON.parse(readFileSync(file, "utf8")));
  passed += layerPassed;
  failed += layerFailed;
}
console.log(`${passed} passed, ${failed} failed`);
